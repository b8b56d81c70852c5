import {
  decide,
  describeDecision,
  filter,
  type Action,
  type RecordResource,
  type Subject,
} from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";
import { toPrismaWhere } from "@charter/db/permissions";

import { AppError } from "../../errors";

// The catalogue has no responsible, so it is no record resource, yet the engine judges it
// product by product: a grant may carry a condition on `id` or `isActive`. The adapter
// translates paths through the same catalogue (CATALOG.product), so it handles the product
// tree as it is; only its types stop at the record resources.
const PRODUCT = "product" as unknown as RecordResource;

/** The Prisma where for the products `subject` may `action`; put it in the query itself. */
export function productReach(subject: Subject, action: Action): Prisma.ProductWhereInput {
  return toPrismaWhere(PRODUCT, filter(subject, action, "product")) as Prisma.ProductWhereInput;
}

export type TProductFacts = { projectId: string; id?: string; isActive: boolean };

/** FORBIDDEN with the engine's rule when `action` is refused on this product (or draft). */
export function assertProductAllowed(
  subject: Subject,
  action: Action,
  record: TProductFacts,
): void {
  const decision = decide(subject, action, "product", record);
  if (decision.allowed) return;
  const why = describeDecision(decision, { subject, action, resource: "product", record });
  throw new AppError(
    "FORBIDDEN",
    { key: "access.forbiddenRecord", params: { action, thing: "product", detail: why } },
    { rule: decision.reason.rule },
  );
}

export function productNotFound(): AppError {
  return new AppError("NOT_FOUND", { key: "access.noSuchId", params: { thing: "product" } });
}
