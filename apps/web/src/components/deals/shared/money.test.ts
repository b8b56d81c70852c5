import { describe, expect, it } from "vitest";

import { addAmounts, fromCents, lineTotal, sumAmounts, toCents } from "./money";

describe("money in cents", () => {
  it("reads decimal strings exactly", () => {
    expect(toCents("125000.5")).toBe(12_500_050n);
    expect(toCents("0.07")).toBe(7n);
    expect(toCents("12")).toBe(1200n);
    expect(toCents("-3.10")).toBe(-310n);
    expect(toCents("1.234")).toBeNull();
    expect(toCents("abc")).toBeNull();
  });

  it("writes them back with two decimals", () => {
    expect(fromCents(12_500_050n)).toBe("125000.50");
    expect(fromCents(-5n)).toBe("-0.05");
  });

  it("adds and subtracts without float rounding", () => {
    expect(addAmounts("0.10", "0.20")).toBe("0.30");
    expect(addAmounts("999999999999.99", "0.01")).toBe("1000000000000.00");
    expect(addAmounts("100.00", "40.50", -1)).toBe("59.50");
  });

  it("computes a product line as the API does, half up to the cent", () => {
    expect(lineTotal("2", "1000.00", "")).toBe("2000.00");
    expect(lineTotal("1.5", "333.33", "10")).toBe("450.00");
    expect(lineTotal("1.5", "333.33", "")).toBe("500.00");
    expect(lineTotal("3", "0.05", "50")).toBe("0.08");
    expect(lineTotal("1", "100", "100")).toBe("0.00");
    expect(lineTotal("1", "100", "101")).toBeNull();
    expect(lineTotal("x", "100", "")).toBeNull();
  });

  it("sums lines, or says it cannot", () => {
    expect(sumAmounts(["1.10", "2.20"])).toBe("3.30");
    expect(sumAmounts(["1.10", null])).toBeNull();
  });
});
