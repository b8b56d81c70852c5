import { lineTotal, sumAmounts } from "../shared/money";
import type { TDealLine } from "../shared/deal-types";
import { normaliseAmount } from "./deal-form";

// The product lines as the dialog edits them, their checks and what setProducts receives.

export type TLineProduct = {
  id: string;
  name: string;
  sku: string;
  /** Known for a product picked from the catalogue now, not for a line already saved. */
  listPrice?: { amount: string; currency: string };
};

export type TLineDraft = {
  key: string;
  product: TLineProduct | null;
  quantity: string;
  /** Empty: the product's list price. */
  unitPrice: string;
  /** Percent; empty is none. */
  discount: string;
};

export type TLineError = Partial<
  Record<"product" | "quantity" | "unitPrice" | "discount", "required" | "invalid" | "duplicate">
>;

const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;
const PRICE = /^\d{1,12}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

export function draftsOf(lines: readonly TDealLine[]): TLineDraft[] {
  return lines.map((line) => ({
    key: line.id,
    product: { id: line.product.id, name: line.product.name, sku: line.product.sku },
    quantity: line.quantity,
    unitPrice: line.unitPrice ?? "",
    discount: line.discount && Number(line.discount) > 0 ? line.discount : "",
  }));
}

export function validateLines(drafts: readonly TLineDraft[]): TLineError[] {
  const seen = new Set<string>();
  return drafts.map((draft) => {
    const error: TLineError = {};
    if (!draft.product) error.product = "required";
    else if (seen.has(draft.product.id)) error.product = "duplicate";
    else seen.add(draft.product.id);
    const quantity = normaliseAmount(draft.quantity);
    if (!quantity) error.quantity = "required";
    else if (!QUANTITY.test(quantity) || Number(quantity) <= 0) error.quantity = "invalid";
    const price = normaliseAmount(draft.unitPrice);
    if (price && !PRICE.test(price)) error.unitPrice = "invalid";
    const discount = normaliseAmount(draft.discount);
    if (discount && (!PERCENT.test(discount) || Number(discount) > 100)) error.discount = "invalid";
    return error;
  });
}

export function hasLineErrors(errors: readonly TLineError[]): boolean {
  return errors.some((error) => Object.keys(error).length > 0);
}

/** A line's total in the deal's currency, or null when it cannot be known here yet. */
export function draftTotal(draft: TLineDraft, dealCurrency: string): string | null {
  const listPrice =
    draft.product?.listPrice?.currency === dealCurrency ? draft.product.listPrice.amount : null;
  const price = normaliseAmount(draft.unitPrice) || listPrice;
  if (!price) return null;
  return lineTotal(normaliseAmount(draft.quantity), price, normaliseAmount(draft.discount));
}

export function draftsTotal(drafts: readonly TLineDraft[], dealCurrency: string): string | null {
  return sumAmounts(drafts.map((draft) => draftTotal(draft, dealCurrency)));
}

export function toApiLines(drafts: readonly TLineDraft[]) {
  return drafts.flatMap((draft) => {
    if (!draft.product) return [];
    const unitPrice = normaliseAmount(draft.unitPrice);
    const discount = normaliseAmount(draft.discount);
    return [
      {
        productId: draft.product.id,
        quantity: normaliseAmount(draft.quantity),
        ...(unitPrice ? { unitPrice } : {}),
        ...(discount ? { discount } : {}),
      },
    ];
  });
}
