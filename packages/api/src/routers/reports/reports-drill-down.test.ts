import { describe, expect, it } from "vitest";

import { callerFor, useSeededDatabase } from "../../testing/personas";
import { idsAllowedFor } from "./reports-test-kit";

const getDb = useSeededDatabase();

type TCaller = Awaited<ReturnType<typeof callerFor>>;
type TDealFigure = Parameters<TCaller["reports"]["dealsBehind"]>[0]["figure"];

/** Every deal behind a figure, page by page, checking each page's total as it goes. */
async function dealsBehind(caller: TCaller, figure: TDealFigure, filters = {}) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let total = -1;
  do {
    const page = await caller.reports.dealsBehind({
      filters,
      figure,
      limit: 7,
      ...(cursor ? { cursor } : {}),
    });
    if (total !== -1) expect(page.total).toBe(total);
    total = page.total;
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  expect(new Set(ids).size).toBe(ids.length);
  return { total, ids };
}

describe("reports: the records behind a figure are exactly the ones it counts", () => {
  it("[J1] every pipeline bar opens to its deals, and only deals the head may view", async () => {
    const db = getDb();
    const caller = await callerFor(db, "petrov");
    const allowed = new Set(await idsAllowedFor(db, "petrov", "deal"));
    const report = await caller.reports.pipelineValue({});

    for (const row of report.stages) {
      const behind = await caller.reports.dealsBehind({
        filters: {},
        figure: { report: "pipelineValue", stageId: row.stage.id },
        limit: 100,
      });
      expect(behind.total).toBe(row.count);
      expect(behind.items).toHaveLength(row.count);
      expect(behind.items.every((deal) => allowed.has(deal.id))).toBe(true);
      expect(behind.items.every((deal) => deal.stage.id === row.stage.id)).toBe(true);
      expect(behind.items.every((deal) => deal.status === "open")).toBe(true);
      for (const figure of row.byCurrency) {
        const inCurrency = await caller.reports.dealsBehind({
          filters: {},
          figure: { report: "pipelineValue", stageId: row.stage.id, currency: figure.currency },
          limit: 100,
        });
        expect(inCurrency.total).toBe(figure.count);
        const sum = inCurrency.items.reduce((total, deal) => total + Number(deal.amount), 0);
        expect(sum.toFixed(2)).toBe(figure.amount);
      }
    }
  });

  it("[J1] every won and lost month opens to its deals, page after page", async () => {
    const db = getDb();
    const caller = await callerFor(db, "petrov");
    const report = await caller.reports.wonLost({});

    let opened = 0;
    for (const month of report.months) {
      for (const status of ["won", "lost"] as const) {
        const { total, ids } = await dealsBehind(caller, {
          report: "wonLost",
          month: month.month,
          status,
        });
        expect(total).toBe(month[status].count);
        expect(ids).toHaveLength(total);
        opened += total;
      }
    }
    expect(opened).toBe(report.totals.won.count + report.totals.lost.count);
    expect(opened).toBeGreaterThan(0);
  });

  it("[J1] every conversion figure opens to its deals", async () => {
    const db = getDb();
    const caller = await callerFor(db, "ivanova");
    const report = await caller.reports.conversion({});

    for (const row of report.pipelines.flatMap((pipeline) => pipeline.stages)) {
      for (const measure of ["entered", "advanced", "won"] as const) {
        const behind = await caller.reports.dealsBehind({
          filters: {},
          figure: { report: "conversion", stageId: row.stage.id, measure },
          limit: 1,
        });
        expect(behind.total).toBe(row[measure]);
      }
    }
  });

  it("[J1] every activity cell, row and column opens to its activities", async () => {
    const db = getDb();
    const caller = await callerFor(db, "petrov");
    const allowed = new Set(await idsAllowedFor(db, "petrov", "activity"));
    const report = await caller.reports.activities({});

    for (const row of report.employees) {
      const all = await caller.reports.activitiesBehind({
        filters: {},
        figure: { responsibleId: row.employee.id },
        limit: 1,
      });
      expect(all.total).toBe(row.total);
      for (const kind of ["call", "meeting", "note", "email"] as const) {
        const cell = await caller.reports.activitiesBehind({
          filters: {},
          figure: { responsibleId: row.employee.id, kind },
          limit: 100,
        });
        expect(cell.total).toBe(row.byKind[kind]);
        expect(cell.items.every((item) => allowed.has(item.id) && item.kind === kind)).toBe(true);
      }
    }
    const everything = await caller.reports.activitiesBehind({ filters: {}, figure: {}, limit: 1 });
    expect(everything.total).toBe(report.totals.total);
  });

  it("[J1] a drill-down takes the report's own filters", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const sales = await db.department.findFirstOrThrow({
      where: { name: "Sales Prague", project: { slug: "charter-b2b" } },
    });
    const filters = { departmentId: sales.id, from: "2026-01-01", to: "2026-12-31" };
    const report = await caller.reports.wonLost(filters);
    const busiest = [...report.months].sort((a, b) => b.won.count - a.won.count)[0];
    if (!busiest) throw new Error("no months");

    const { total } = await dealsBehind(
      caller,
      { report: "wonLost", month: busiest.month, status: "won" },
      filters,
    );
    expect(total).toBe(busiest.won.count);
    await expect(
      caller.reports.dealsBehind({
        filters,
        figure: { report: "wonLost", month: "2025-06", status: "won" },
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("month") as unknown,
    });
  });
});
