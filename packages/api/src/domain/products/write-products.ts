import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion } from "../versioning/versioned-change";
import { assertProductAllowed, productNotFound, productReach } from "./product-access";
import {
  PRODUCT_SELECT,
  presentProduct,
  type TProduct,
  type TProductFields,
} from "./product-select";

function skuTaken(error: unknown, sku: string | undefined): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError(
      "CONFLICT",
      { key: "deals.skuTaken", params: { sku: sku ?? "" } },
      { field: "sku" },
    );
  }
  return error;
}

export async function createProduct(
  scope: TProjectScope,
  input: TProductFields,
): Promise<TProduct> {
  assertProductAllowed(scope.subject, "create", { projectId: scope.project.id, isActive: true });
  return scope.db
    .$transaction(async (tx) => {
      const row = await tx.product.create({
        data: { ...input, projectId: scope.project.id },
        select: PRODUCT_SELECT,
      });
      await scope.writeAudit(tx, {
        action: "create",
        resource: "product",
        recordId: row.id,
        after: row,
      });
      return presentProduct(row);
    })
    .catch((error: unknown) => {
      throw skuTaken(error, input.sku);
    });
}

/**
 * Saves a product at the version the caller read. The engine judges `edit` on the product as
 * it is and as it would be (a grant may be limited to active products); deactivating is an
 * edit too. Deal and invoice lines keep their own prices, so nothing else changes.
 */
export async function updateProduct(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    fields: Partial<TProductFields> & { isActive?: boolean | undefined };
    action?: "update" | "deactivate";
  },
): Promise<TProduct> {
  const projectId = scope.project.id;
  return scope.db
    .$transaction(async (tx) => {
      const stored = await tx.product.findFirst({
        where: { AND: [{ id: input.id, projectId }, productReach(scope.subject, "view")] },
        select: { id: true, isActive: true },
      });
      if (!stored) throw productNotFound();
      assertProductAllowed(scope.subject, "edit", { projectId, ...stored });
      assertProductAllowed(scope.subject, "edit", {
        projectId,
        id: stored.id,
        isActive: input.fields.isActive ?? stored.isActive,
      });
      const { after } = await changeAtVersion(scope, tx, {
        resource: "product",
        noun: "product",
        id: input.id,
        version: input.version,
        action: input.action ?? "update",
        read: () =>
          tx.product.findUniqueOrThrow({ where: { id: input.id }, select: PRODUCT_SELECT }),
        write: () =>
          tx.product.update({
            where: { id: input.id, version: input.version },
            data: { ...input.fields, version: { increment: 1 } },
            select: PRODUCT_SELECT,
          }),
      });
      return presentProduct(after);
    })
    .catch((error: unknown) => {
      throw skuTaken(error, input.fields.sku);
    });
}
