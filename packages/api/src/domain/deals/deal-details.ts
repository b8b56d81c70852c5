import type { TProjectScope } from "../access/project-scope";
import { fieldAccessOf } from "../fields/built-in-fields";
import { lineTotal } from "./deal-products";
import { presentDeal, type TDeal } from "./deal-select";
import { findDealRowOrThrow } from "./list-deals";

export type TDealLine = {
  id: string;
  product: { id: string; sku: string; name: string };
  quantity: string;
  unitPrice?: string;
  discount?: string;
  total?: string;
};

export type TStageChange = {
  id: string;
  fromStage: { id: string; name: string } | null;
  toStage: { id: string; name: string };
  changedBy: { id: string; name: string } | null;
  createdAt: Date;
};

/**
 * One deal with its product lines and stage history (G1, G2). Line prices add up to the
 * amount, so where a field rule hides the amount they are left out too.
 */
export async function findDealDetails(
  scope: TProjectScope,
  id: string,
): Promise<TDeal & { lines: TDealLine[]; stageHistory: TStageChange[] }> {
  const row = await findDealRowOrThrow(scope, id);
  const amountHidden = fieldAccessOf(scope.subject, "deal").amount === "hidden";
  const lines = await scope.db.dealProduct.findMany({
    where: { dealId: row.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      quantity: true,
      unitPrice: true,
      discount: true,
      product: { select: { id: true, sku: true, name: true } },
    },
  });
  const stageHistory = await scope.db.dealStageChange.findMany({
    where: { dealId: row.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      fromStage: { select: { id: true, name: true } },
      toStage: { select: { id: true, name: true } },
      changedBy: { select: { id: true, name: true } },
    },
  });
  return {
    ...(await presentDeal(scope, scope.db, row)),
    lines: lines.map((line) => {
      const priced = {
        quantity: line.quantity.toString(),
        unitPrice: line.unitPrice.toFixed(2),
        discount: line.discount.toFixed(2),
      };
      return amountHidden
        ? { id: line.id, product: line.product, quantity: priced.quantity }
        : { id: line.id, product: line.product, ...priced, total: lineTotal(priced).toFixed(2) };
    }),
    stageHistory,
  };
}
