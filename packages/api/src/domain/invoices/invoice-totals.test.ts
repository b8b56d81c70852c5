import { Prisma } from "@charter/db/client";
import { describe, expect, it } from "vitest";

import { computeInvoiceTotals, findOverflow } from "./invoice-totals";

const line = (quantity: string, unitPrice: string, vatRate: string) => ({
  quantity: new Prisma.Decimal(quantity),
  unitPrice: new Prisma.Decimal(unitPrice),
  vatRate: new Prisma.Decimal(vatRate),
});

describe("invoice totals", () => {
  it("[I2] adds in decimal: 0.1 + 0.2 is 0.30, not 0.30000000000000004", () => {
    const totals = computeInvoiceTotals([line("1", "0.10", "0"), line("1", "0.20", "0")]);
    expect(totals.totalNet.toFixed(2)).toBe("0.30");
    expect(totals.totalGross.toString()).toBe("0.3");
  });

  it("[I2] rounds each line half up to the cent, VAT once per rate on that rate's nets", () => {
    const totals = computeInvoiceTotals([
      line("3", "0.335", "21"), // 1.005 → 1.01
      line("1", "0.05", "21"),
      line("2.5", "10.00", "12"),
      line("1", "100.00", "0"),
    ]);
    expect(totals.lineNets.map((net) => net.toFixed(2))).toEqual([
      "1.01",
      "0.05",
      "25.00",
      "100.00",
    ]);
    expect(totals.totalNet.toFixed(2)).toBe("126.06");
    // 21 % of 1.06 = 0.2226 → 0.22; 12 % of 25.00 = 3.00; 0 % adds nothing.
    expect(totals.totalVat.toFixed(2)).toBe("3.22");
    expect(totals.totalGross.toFixed(2)).toBe("129.28");
  });

  it("per-rate VAT does not drift with many small lines", () => {
    const totals = computeInvoiceTotals(Array.from({ length: 10 }, () => line("1", "0.02", "21")));
    // Per line it would be 10 × round(0.0042) = 0.00; on the sum 21 % of 0.20 = 0.04.
    expect(totals.totalVat.toFixed(2)).toBe("0.04");
  });

  it("an empty invoice totals zero; an amount too large for the column is named", () => {
    expect(computeInvoiceTotals([]).totalGross.toFixed(2)).toBe("0.00");
    expect(findOverflow(computeInvoiceTotals([line("999999999", "9999", "0")]))).toBe("lines[0]");
    expect(
      findOverflow(
        computeInvoiceTotals([line("1", "600000000000", "0"), line("1", "600000000000", "0")]),
      ),
    ).toBe("totalNet");
  });
});
