import { describe, expect, it } from "vitest";

import type { TDeal } from "../shared/deal-types";
import { sortDeals } from "./sort-deals";

const at = new Date("2026-01-01T00:00:00Z");

function deal(id: string, fields: Partial<TDeal>): TDeal {
  return {
    id,
    title: id,
    currency: "CZK",
    status: "open",
    closedAt: null,
    pipelineId: "p",
    stage: { id: "s", name: "Proposal", outcome: "open", probability: 50 },
    company: null,
    contact: null,
    partner: null,
    interest: null,
    responsible: { id: "r", name: "Olga" },
    directionId: null,
    departmentId: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...fields,
  };
}

const ids = (rows: TDeal[]) => rows.map((row) => row.id);

describe("sorting deals in the browser", () => {
  const rows = [
    deal("a", { amount: "900.00", title: "Čističky" }),
    deal("b", { amount: "1000.00", title: "Cement" }),
    deal("c", { title: "Dlažba" }),
    deal("d", { amount: "95.50", title: "cihly" }),
  ];

  it("orders amounts as numbers, hidden ones last in either direction", () => {
    expect(ids(sortDeals(rows, { key: "amount", direction: "asc" }, "cs"))).toEqual([
      "d",
      "a",
      "b",
      "c",
    ]);
    expect(ids(sortDeals(rows, { key: "amount", direction: "desc" }, "cs"))).toEqual([
      "b",
      "a",
      "d",
      "c",
    ]);
  });

  it("orders text in the reader's language (Č after C in Czech)", () => {
    expect(ids(sortDeals(rows, { key: "title", direction: "asc" }, "cs"))).toEqual([
      "b",
      "d",
      "a",
      "c",
    ]);
  });

  it("puts deals without a company last and keeps ties in the API's order", () => {
    const withCompanies = [
      deal("x", {}),
      deal("y", { company: { id: "1", name: "Alfa" } }),
      deal("z", { company: { id: "2", name: "Alfa" } }),
    ];
    expect(ids(sortDeals(withCompanies, { key: "company", direction: "desc" }, "en"))).toEqual([
      "y",
      "z",
      "x",
    ]);
  });
});
