import { describe, expect, it } from "vitest";

import { findBoardDeal, moveDealOnBoard, replaceBoardDeal } from "./board-cache";
import type { TBoard, TBoardColumn, TDeal } from "./deal-types";

const at = new Date("2026-01-01T00:00:00Z");

function deal(id: string, stageId: string, amount: string | undefined, currency = "CZK"): TDeal {
  return {
    id,
    title: `Deal ${id}`,
    ...(amount === undefined ? {} : { amount }),
    currency,
    status: "open",
    closedAt: null,
    pipelineId: "p",
    stage: { id: stageId, name: stageId, outcome: "open", probability: 10 },
    company: null,
    contact: null,
    partner: null,
    interest: null,
    responsible: { id: "r", name: "Olga Ivanova" },
    directionId: null,
    departmentId: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

function column(
  id: string,
  deals: TDeal[],
  count: number,
  sums: TBoardColumn["sums"],
  outcome: TBoardColumn["outcome"] = "open",
): TBoardColumn {
  return {
    id,
    name: id,
    position: 0,
    probability: 10,
    outcome,
    count,
    ...(sums ? { sums } : {}),
    deals,
    nextCursor: null,
  };
}

function board(columns: TBoardColumn[]): TBoard {
  const pipeline = { id: "p", name: "Opportunities", kind: "opportunity" as const };
  return { pipeline, pipelines: [pipeline], columns };
}

describe("a move on the board", () => {
  const a = deal("a", "s1", "100.50");
  const b = deal("b", "s1", "20.00", "EUR");
  const start = board([
    column("s1", [a, b], 2, [
      { currency: "CZK", amount: "100.50" },
      { currency: "EUR", amount: "20.00" },
    ]),
    column("won", [], 0, [], "won"),
  ]);

  it("moves the card to the top of its new column with counts, sums and status", () => {
    const moved = moveDealOnBoard(start, a, "won", { inColumn: false });
    const [from, to] = moved.columns;
    expect(from?.deals.map((each) => each.id)).toEqual(["b"]);
    expect(from?.count).toBe(1);
    expect(from?.sums).toEqual([{ currency: "EUR", amount: "20.00" }]);
    expect(to?.deals[0]).toMatchObject({ id: "a", status: "won", stage: { id: "won" } });
    expect(to?.count).toBe(1);
    expect(to?.sums).toEqual([{ currency: "CZK", amount: "100.50" }]);
    // The board it started from is untouched: a refusal puts it back as it was.
    expect(start.columns[0]?.deals).toHaveLength(2);
  });

  it("keeps a board without sums without sums (hidden amounts)", () => {
    const hidden = deal("h", "s1", undefined);
    const noSums = board([column("s1", [hidden], 1, undefined), column("s2", [], 0, undefined)]);
    const moved = moveDealOnBoard(noSums, hidden, "s2", { inColumn: false });
    expect(moved.columns.map((each) => each.sums)).toEqual([undefined, undefined]);
    expect(moved.columns.map((each) => each.count)).toEqual([0, 1]);
  });

  it("leaves alone a board whose filters do not show the deal", () => {
    const other = deal("x", "s1", "5.00");
    expect(moveDealOnBoard(start, other, "won", { inColumn: false })).toBe(start);
  });

  it("counts a card loaded further down the column on the board it was dragged on", () => {
    const further = deal("x", "s1", "5.00");
    const moved = moveDealOnBoard(start, further, "won", { inColumn: true });
    expect(moved.columns.map((each) => each.count)).toEqual([1, 1]);
    expect(findBoardDeal(moved, "x")?.stage.id).toBe("won");
  });

  it("takes the server's copy of a deal after the move", () => {
    const fresh = { ...a, version: 2 };
    expect(findBoardDeal(replaceBoardDeal(start, fresh), "a")?.version).toBe(2);
  });
});
