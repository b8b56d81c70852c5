import { describe, expect, it } from "vitest";

import type { TWonLost } from "../report-types";
import { outcomeFigure, readWonLostMeasure, wonLostCurrencies } from "./won-lost-measure";

const outcome = (figures: [string, number, string | null][]) => ({
  count: figures.reduce((sum, [, count]) => sum + count, 0),
  byCurrency: figures.map(([currency, count, amount]) => ({ currency, count, amount })),
});

const report = (amountHidden: boolean): TWonLost => ({
  amountHidden,
  timeZone: "Europe/Prague",
  months: [],
  totals: {
    won: outcome([
      ["EUR", 2, "10.00"],
      ["CZK", 3, "300.00"],
    ]),
    lost: outcome([["EUR", 4, "40.00"]]),
  },
});

describe("wonLostCurrencies", () => {
  it("lists currencies by how many deals closed in them", () => {
    expect(wonLostCurrencies(report(false))).toEqual(["EUR", "CZK"]);
  });

  it("offers none when amounts are hidden", () => {
    expect(wonLostCurrencies(report(true))).toEqual([]);
  });
});

describe("readWonLostMeasure", () => {
  it("keeps what the URL asks for when the report has it", () => {
    expect(readWonLostMeasure("CZK", ["EUR", "CZK"])).toEqual({ kind: "money", currency: "CZK" });
    expect(readWonLostMeasure("count", ["EUR"])).toEqual({ kind: "count" });
  });

  it("falls back to the main currency, or to counts", () => {
    expect(readWonLostMeasure("RUB", ["EUR", "CZK"])).toEqual({ kind: "money", currency: "EUR" });
    expect(readWonLostMeasure(null, [])).toEqual({ kind: "count" });
  });
});

describe("outcomeFigure", () => {
  it("counts only the deals in the chosen currency", () => {
    const won = outcome([
      ["EUR", 2, "10.00"],
      ["CZK", 3, "300.00"],
    ]);
    expect(outcomeFigure(won, { kind: "money", currency: "CZK" })).toEqual({
      count: 3,
      amount: "300.00",
    });
    expect(outcomeFigure(won, { kind: "count" })).toEqual({ count: 5, amount: null });
    expect(outcomeFigure(won, { kind: "money", currency: "RUB" })).toEqual({
      count: 0,
      amount: null,
    });
  });
});
