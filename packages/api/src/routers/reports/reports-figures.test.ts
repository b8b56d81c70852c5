import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import {
  activitiesBySql,
  conversionBySql,
  dayIn,
  idsAllowedFor,
  pipelineBySql,
  wonLostBySql,
} from "./reports-test-kit";

const getDb = useSeededDatabase();

// An Admin sees every deal; a rep (own deals) and a head of sales (their team, plus the Key
// accounts group's department-wide view of deals) see what `decide` allows them.
const PERSONAS = ["admin", "ivanova", "petrov"] as const;
const PRAGUE = "Europe/Prague";

describe("reports: every figure is the plain SQL over exactly the records the caller may view", () => {
  it.each(PERSONAS)("[J1][D7] pipeline value by stage for %s", async (persona) => {
    const db = getDb();
    const { projectId } = await findPersona(db, persona);
    const ids = await idsAllowedFor(db, persona, "deal");
    const report = await (await callerFor(db, persona)).reports.pipelineValue({});

    const figures = report.stages.flatMap((row) =>
      row.byCurrency.map((figure) => ({
        stageId: row.stage.id,
        currency: figure.currency,
        count: figure.count,
        amount: figure.amount,
        weighted: figure.weighted,
      })),
    );
    const expected = await pipelineBySql(db, projectId, ids);
    expect(expected.length).toBeGreaterThan(0);
    expect(figures.sort((a, b) => a.stageId.localeCompare(b.stageId))).toEqual(expected);
    expect(report.amountHidden).toBe(false);
    expect(report.totals.count).toBe(expected.reduce((sum, row) => sum + row.count, 0));
    for (const row of report.stages) {
      expect(row.count).toBe(row.byCurrency.reduce((sum, figure) => sum + figure.count, 0));
    }
  });

  it("[J1] pipeline stages come in stage order, each open stage even without deals", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const report = await (await callerFor(db, "ivanova")).reports.pipelineValue({});
    const stages = await db.stage.findMany({
      where: { projectId: admin.projectId, outcome: "open" },
      orderBy: [{ pipeline: { position: "asc" } }, { position: "asc" }],
      select: { id: true },
    });

    expect(report.stages.map((row) => row.stage.id)).toEqual(stages.map((stage) => stage.id));
    expect(report.stages.some((row) => row.count === 0)).toBe(true);
  });

  it.each(PERSONAS)("[J1][D7] won and lost by month for %s", async (persona) => {
    const db = getDb();
    const { projectId } = await findPersona(db, persona);
    const ids = await idsAllowedFor(db, persona, "deal");
    const report = await (await callerFor(db, persona)).reports.wonLost({});

    const today = dayIn(new Date(), PRAGUE);
    const first = report.months[0];
    expect(report.months).toHaveLength(12);
    expect(first?.month).toMatch(/^\d{4}-\d{2}$/);
    expect(report.months.at(-1)?.month).toBe(today.slice(0, 7));
    const figures = report.months.flatMap((month) =>
      (["won", "lost"] as const).flatMap((status) =>
        month[status].byCurrency.map((figure) => ({
          month: month.month,
          status,
          currency: figure.currency,
          count: figure.count,
          amount: figure.amount,
        })),
      ),
    );
    const expected = await wonLostBySql(db, {
      projectId,
      ids,
      from: `${first?.month}-01`,
      to: today,
      timeZone: PRAGUE,
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(
      figures.sort((a, b) => `${a.month}${a.status}`.localeCompare(`${b.month}${b.status}`)),
    ).toEqual(expected);
  });

  it.each(PERSONAS)("[J1][D7] activities per employee for %s", async (persona) => {
    const db = getDb();
    const { projectId } = await findPersona(db, persona);
    const ids = await idsAllowedFor(db, persona, "activity");
    const report = await (await callerFor(db, persona)).reports.activities({});

    const figures = report.employees.flatMap((row) =>
      (["call", "email", "meeting", "note"] as const)
        .filter((kind) => row.byKind[kind] > 0)
        .map((kind) => ({ responsibleId: row.employee.id, kind, count: row.byKind[kind] })),
    );
    const expected = await activitiesBySql(db, projectId, ids);
    expect(expected.length).toBeGreaterThan(0);
    expect(figures.sort((a, b) => a.responsibleId.localeCompare(b.responsibleId))).toEqual(
      expected,
    );
    expect(report.totals.total).toBe(expected.reduce((sum, row) => sum + row.count, 0));
  });

  it.each(PERSONAS)("[J1][D7] conversion by stage for %s", async (persona) => {
    const db = getDb();
    const { projectId } = await findPersona(db, persona);
    const ids = await idsAllowedFor(db, persona, "deal");
    const report = await (await callerFor(db, persona)).reports.conversion({});

    const figures = report.pipelines.flatMap((pipeline) =>
      pipeline.stages.map((row) => ({
        stageId: row.stage.id,
        entered: row.entered,
        advanced: row.advanced,
        won: row.won,
      })),
    );
    const expected = await conversionBySql(db, projectId, ids);
    expect(expected.some((row) => row.entered > 0)).toBe(true);
    expect(figures.sort((a, b) => a.stageId.localeCompare(b.stageId))).toEqual(expected);
    for (const row of report.pipelines.flatMap((pipeline) => pipeline.stages)) {
      expect(row.advanceRate).toBe(row.entered === 0 ? null : row.advanced / row.entered);
    }
  });
});
