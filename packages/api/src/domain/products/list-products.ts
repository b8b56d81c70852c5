import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { KEYSET_ORDER, afterCursor, toKeysetPage } from "../pagination/keyset-page";
import { escapeLike } from "../search/escape-like";
import { productNotFound, productReach } from "./product-access";
import { PRODUCT_SELECT, presentProduct, type TProduct } from "./product-select";

/**
 * The catalogue the subject may view (G2), a page at a time. Search is a case-insensitive
 * contains on SKU and name, matching the text literally; inactive products only on request.
 */
export async function listProducts(
  scope: TProjectScope,
  input: {
    search?: string | undefined;
    includeInactive: boolean;
    cursor?: TKeysetCursor | undefined;
    limit: number;
  },
): Promise<{ items: TProduct[]; nextCursor: string | null }> {
  const own: Prisma.ProductWhereInput = {
    projectId: scope.project.id,
    ...(input.includeInactive ? {} : { isActive: true }),
  };
  if (input.search) {
    const contains = { contains: escapeLike(input.search), mode: "insensitive" } as const;
    own.OR = [{ sku: contains }, { name: contains }];
  }
  const rows = await scope.db.product.findMany({
    where: { AND: [productReach(scope.subject, "view"), own, afterCursor(input.cursor)] },
    orderBy: [...KEYSET_ORDER],
    take: input.limit + 1,
    select: PRODUCT_SELECT,
  });
  const page = toKeysetPage(rows, input.limit);
  return { items: page.items.map(presentProduct), nextCursor: page.nextCursor };
}

/** One product within view reach; outside it, or in another project, it does not exist. */
export async function findProductOrThrow(scope: TProjectScope, id: string): Promise<TProduct> {
  const row = await scope.db.product.findFirst({
    where: { AND: [{ id, projectId: scope.project.id }, productReach(scope.subject, "view")] },
    select: PRODUCT_SELECT,
  });
  if (!row) throw productNotFound();
  return presentProduct(row);
}
