import type { EngineRecord } from "@charter/core/engine";

import { AppError } from "../../errors";
import type { TDbClient, TProjectScope } from "../access/project-scope";
import { productReach } from "../products/product-access";

/** A product picked on an interest (G2): one of the catalogue's, still sold, the caller may view. */
export async function assertLinkedProductOrThrow(
  scope: TProjectScope,
  db: TDbClient,
  productId: string | null | undefined,
): Promise<void> {
  if (!productId) return;
  const product = await db.product.findFirst({
    where: {
      AND: [{ id: productId, projectId: scope.project.id }, productReach(scope.subject, "view")],
    },
    select: { isActive: true, name: true },
  });
  if (!product) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "deals.noProductInCatalogue" },
      { field: "productId" },
    );
  }
  if (!product.isActive) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "interests.productRetired", params: { product: product.name } },
      { field: "productId" },
    );
  }
}

/** The stored interest with the changed facts a condition may read, for judging the after-state. */
export function interestAfter(
  stored: EngineRecord,
  change: {
    status?: string | undefined;
    productId?: string | null | undefined;
    contactId?: string | null | undefined;
    company?: { id: string; responsibleId: string } | null | undefined;
  },
): EngineRecord {
  const after: Record<string, unknown> = { ...stored };
  if (change.status !== undefined) after.status = change.status;
  if (change.productId !== undefined) after.productId = change.productId;
  if (change.contactId !== undefined) after.contactId = change.contactId;
  if (change.company !== undefined) {
    after.companyId = change.company?.id ?? null;
    after.company = change.company ? { responsibleId: change.company.responsibleId } : null;
  }
  return after;
}
