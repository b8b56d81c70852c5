import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import { productReach } from "../products/product-access";
import { changeAtVersion } from "../versioning/versioned-change";
import { DEAL_SELECT, presentDeal, type TDeal } from "./deal-select";

export type TLineInput = {
  productId: string;
  quantity: string;
  /** The product's price when left out. */
  unitPrice?: string | undefined;
  /** Percent. */
  discount?: string | undefined;
};

const { Decimal } = Prisma;
const MAX_AMOUNT = new Decimal("999999999999.99");

/** quantity × unit price × (100 − discount) / 100, rounded half up to the cent. */
export function lineTotal(line: { quantity: string; unitPrice: string; discount: string }) {
  return new Decimal(line.quantity)
    .mul(line.unitPrice)
    .mul(new Decimal(100).minus(line.discount))
    .div(100)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Replaces a deal's product lines (G2) at the version the caller read. The amount is the sum
 * of the rounded line totals whenever the deal has lines; with none left it keeps its last
 * amount, which `update` may then change by hand. Lines are priced in the deal's currency.
 * Because the lines add up to the amount, they are written with the amount's field access: a
 * caller who may not write the amount may not set lines either.
 */
export async function setDealProducts(
  scope: TProjectScope,
  input: { id: string; version: number; lines: TLineInput[] },
): Promise<TDeal> {
  assertWritableFields("deal", fieldAccessOf(scope.subject, "deal"), { amount: true });
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("deal", input.id, "edit", tx);
    const deal = await tx.deal.findUniqueOrThrow({
      where: { id: input.id },
      select: { currency: true, products: { select: { productId: true } } },
    });
    const already = new Set(deal.products.map((line) => line.productId));
    const products = await tx.product.findMany({
      where: {
        AND: [
          { id: { in: input.lines.map((line) => line.productId) }, projectId: scope.project.id },
          productReach(scope.subject, "view"),
        ],
      },
      select: { id: true, unitPrice: true, currency: true, isActive: true, name: true },
    });
    const byId = new Map(products.map((product) => [product.id, product]));
    const lines = input.lines.map((line, index) => {
      const product = byId.get(line.productId);
      const at = `lines.${index}.productId`;
      if (!product)
        throw new AppError("INVALID_INPUT", { key: "deals.noSuchProduct" }, { field: at });
      if (!product.isActive && !already.has(product.id)) {
        throw new AppError(
          "INVALID_INPUT",
          { key: "deals.productRetired", params: { product: product.name } },
          { field: at },
        );
      }
      if (line.unitPrice === undefined && product.currency !== deal.currency) {
        throw new AppError(
          "INVALID_INPUT",
          {
            key: "deals.otherCurrency",
            params: {
              product: product.name,
              productCurrency: product.currency,
              dealCurrency: deal.currency,
            },
          },
          { field: at },
        );
      }
      return {
        productId: product.id,
        quantity: line.quantity,
        unitPrice: line.unitPrice ?? product.unitPrice.toFixed(2),
        discount: line.discount ?? "0",
      };
    });
    const total = lines.reduce((sum, line) => sum.plus(lineTotal(line)), new Decimal(0));
    if (total.gt(MAX_AMOUNT)) {
      throw new AppError("INVALID_INPUT", { key: "deals.totalTooLarge" }, { field: "lines" });
    }
    const linesBefore = await tx.dealProduct.findMany({ where: { dealId: input.id } });
    const saved = await changeAtVersion(scope, tx, {
      resource: "deal",
      noun: "deal",
      id: input.id,
      version: input.version,
      action: "set_products",
      read: () => tx.deal.findUniqueOrThrow({ where: { id: input.id }, select: DEAL_SELECT }),
      write: async () => {
        await tx.dealProduct.deleteMany({ where: { dealId: input.id } });
        await tx.dealProduct.createMany({
          data: lines.map((line) => ({ ...line, dealId: input.id })),
        });
        return tx.deal.update({
          where: { id: input.id, version: input.version },
          data: {
            ...(lines.length > 0 ? { amount: total.toFixed(2) } : {}),
            version: { increment: 1 },
          },
          select: DEAL_SELECT,
        });
      },
      auditExtra: () => ({ linesBefore, lines }),
    });
    return presentDeal(scope, tx, saved.after);
  });
}
