import { describe, expect, it } from "vitest";

import {
  draftsTotal,
  hasLineErrors,
  toApiLines,
  validateLines,
  type TLineDraft,
} from "./product-lines";

const pump = {
  id: "p1",
  name: "Pump",
  sku: "P-1",
  listPrice: { amount: "1000.00", currency: "CZK" },
};
const valve = {
  id: "p2",
  name: "Valve",
  sku: "V-1",
  listPrice: { amount: "40.00", currency: "EUR" },
};

function line(fields: Partial<TLineDraft>): TLineDraft {
  return { key: "k", product: pump, quantity: "1", unitPrice: "", discount: "", ...fields };
}

describe("product lines in the deal's dialog", () => {
  it("checks each line as the API would", () => {
    const errors = validateLines([
      line({ quantity: "0" }),
      line({ unitPrice: "12.345", discount: "120" }),
      line({ product: null, quantity: "" }),
    ]);
    expect(errors).toEqual([
      { quantity: "invalid" },
      { product: "duplicate", unitPrice: "invalid", discount: "invalid" },
      { product: "required", quantity: "required" },
    ]);
    expect(hasLineErrors(validateLines([line({ quantity: "1,5", discount: "12,5" })]))).toBe(false);
  });

  it("previews the total from list prices in the deal's currency only", () => {
    expect(draftsTotal([line({ quantity: "2", discount: "10" })], "CZK")).toBe("1800.00");
    // A product priced in euros needs a price in the deal's currency before a total is known.
    expect(draftsTotal([line({}), line({ product: valve })], "CZK")).toBeNull();
    expect(draftsTotal([line({}), line({ product: valve, unitPrice: "980" })], "CZK")).toBe(
      "1980.00",
    );
  });

  it("sends the list price by leaving it out, and typed numbers as the API reads them", () => {
    expect(
      toApiLines([
        line({ quantity: "1,5" }),
        line({ product: valve, unitPrice: "980,5", discount: "5" }),
      ]),
    ).toEqual([
      { productId: "p1", quantity: "1.5" },
      { productId: "p2", quantity: "1", unitPrice: "980.5", discount: "5" },
    ]);
  });
});
