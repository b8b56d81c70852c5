import type { PrismaClient } from "@charter/db/client";
import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

type TCaller = Awaited<ReturnType<typeof callerFor>>;

async function everyReport(caller: TCaller, filters: { from?: string; to?: string } = {}) {
  return {
    pipeline: await caller.reports.pipelineValue({}),
    wonLost: await caller.reports.wonLost(filters),
    activities: await caller.reports.activities({}),
    conversion: await caller.reports.conversion({}),
  };
}

async function opportunities(db: PrismaClient, projectId: string) {
  return db.pipeline.findFirstOrThrow({
    where: { projectId, key: "opportunities" },
    include: { stages: { orderBy: { position: "asc" } } },
  });
}

/** A deal written straight to the database, with the stage history the reports read. */
async function insertDeal(
  db: PrismaClient,
  input: {
    owner: string;
    stageKey: string;
    amount: string;
    closedAt?: Date;
    expectedCloseAt?: Date;
    directionId?: string;
    currency?: string;
  },
) {
  const owner = await findPersona(db, input.owner);
  const pipeline = await opportunities(db, owner.projectId);
  const stage = pipeline.stages.find((candidate) => candidate.key === input.stageKey);
  if (!stage) throw new Error(`No stage ${input.stageKey}`);
  const deal = await db.deal.create({
    data: {
      projectId: owner.projectId,
      pipelineId: pipeline.id,
      stageId: stage.id,
      title: `Report fixture ${crypto.randomUUID()}`,
      amount: input.amount,
      currency: input.currency ?? "CZK",
      status: stage.outcome,
      closedAt: input.closedAt ?? null,
      expectedCloseAt: input.expectedCloseAt ?? null,
      responsibleId: owner.id,
      directionId: input.directionId ?? null,
    },
  });
  await db.dealStageChange.createMany({
    data: pipeline.stages
      .filter(
        (step) =>
          step.position <= stage.position && (step.outcome === "open" || step.id === stage.id),
      )
      .map((step) => ({ dealId: deal.id, toStageId: step.id, changedById: owner.id })),
  });
  return deal;
}

describe("reports: what the caller may not view changes no figure (D7)", () => {
  it("[D7] deals and activities outside the head's reach move the Admin's figures, never the head's", async () => {
    const db = getDb();
    const petrov = await callerFor(db, "petrov");
    const admin = await callerFor(db, "admin");
    const before = await everyReport(petrov);
    const adminBefore = await everyReport(admin);

    // Horáková works in Brno, outside Petrov's team and department; the B2C project is
    // another tenant altogether.
    const horakova = await findPersona(db, "horakova");
    const open = await insertDeal(db, {
      owner: "horakova",
      stageKey: "proposal",
      amount: "1000.00",
    });
    const won = await insertDeal(db, {
      owner: "horakova",
      stageKey: "closed_won",
      amount: "2500.00",
      closedAt: new Date(Date.now() - 86_400_000),
    });
    await db.activity.create({
      data: {
        projectId: horakova.projectId,
        kind: "call",
        subject: "Outside reach",
        occurredAt: new Date(),
        responsibleId: horakova.id,
      },
    });
    const b2c = await findPersona(db, "petrov", "charter-b2c");
    const b2cPipeline = await opportunities(db, b2c.projectId);
    await db.deal.create({
      data: {
        projectId: b2c.projectId,
        pipelineId: b2cPipeline.id,
        stageId: b2cPipeline.stages[0]?.id ?? "",
        title: "Another tenant",
        amount: "9999.00",
        currency: "CZK",
        responsibleId: b2c.id,
      },
    });

    expect(await everyReport(petrov)).toEqual(before);
    const adminAfter = await everyReport(admin);
    expect(adminAfter.pipeline.totals.count).toBe(adminBefore.pipeline.totals.count + 1);
    expect(adminAfter.wonLost.totals.won.count).toBe(adminBefore.wonLost.totals.won.count + 1);
    expect(adminAfter.activities.totals.total).toBe(adminBefore.activities.totals.total + 1);
    const entered = (report: typeof adminBefore) =>
      report.conversion.pipelines[0]?.stages[0]?.entered ?? 0;
    expect(entered(adminAfter)).toBe(entered(adminBefore) + 2);

    await db.deal.deleteMany({ where: { id: { in: [open.id, won.id] } } });
    await db.activity.deleteMany({ where: { subject: "Outside reach" } });
  });
});

describe("reports: months begin at midnight in the report's time zone", () => {
  it("[J1] a deal closed at 23:30 UTC on the last day of a month counts in the next month in Prague", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const direction = await db.salesDirection.create({
      data: { projectId: admin.projectId, code: "TZ", name: "Time zone test" },
    });
    // 23:30 UTC on 31 January is 00:30 on 1 February in Prague (UTC+1); 22:30 UTC on 30 June
    // is 00:30 on 1 July (UTC+2, summer time).
    const winter = await insertDeal(db, {
      owner: "ivanova",
      stageKey: "closed_won",
      amount: "100.00",
      closedAt: new Date("2026-01-31T23:30:00Z"),
      directionId: direction.id,
    });
    await insertDeal(db, {
      owner: "ivanova",
      stageKey: "closed_lost",
      amount: "50.00",
      closedAt: new Date("2026-06-30T22:30:00Z"),
      directionId: direction.id,
      currency: "EUR",
    });
    const caller = await callerFor(db, "admin");
    const filters = { from: "2026-01-01", to: "2026-07-31", directionId: direction.id };

    const prague = await caller.reports.wonLost(filters);
    const utc = await caller.reports.wonLost({ ...filters, timeZone: "UTC" });
    const counts = (report: typeof prague) =>
      report.months.map((month) => [month.month, month.won.count, month.lost.count]);

    expect(counts(prague)).toEqual([
      ["2026-01", 0, 0],
      ["2026-02", 1, 0],
      ["2026-03", 0, 0],
      ["2026-04", 0, 0],
      ["2026-05", 0, 0],
      ["2026-06", 0, 0],
      ["2026-07", 0, 1],
    ]);
    expect(counts(utc)).toEqual([
      ["2026-01", 1, 0],
      ["2026-02", 0, 0],
      ["2026-03", 0, 0],
      ["2026-04", 0, 0],
      ["2026-05", 0, 0],
      ["2026-06", 0, 1],
      ["2026-07", 0, 0],
    ]);
    expect(prague.months[1]?.from).toEqual(new Date("2026-01-31T23:00:00Z"));
    expect(prague.months[1]?.won.byCurrency).toEqual([
      { currency: "CZK", count: 1, amount: "100.00" },
    ]);
    expect(prague.months[6]?.lost.byCurrency).toEqual([
      { currency: "EUR", count: 1, amount: "50.00" },
    ]);
    const behind = await caller.reports.dealsBehind({
      filters,
      figure: { report: "wonLost", month: "2026-02", status: "won" },
    });
    expect(behind.items.map((deal) => deal.id)).toEqual([winter.id]);
  });

  it("[J1] sums are kept apart per currency, never added across", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const direction = await db.salesDirection.create({
      data: { projectId: admin.projectId, code: "FX", name: "Currencies test" },
    });
    for (const [amount, currency] of [
      ["1000.00", "CZK"],
      ["10.50", "EUR"],
      ["20.25", "EUR"],
    ] as const) {
      await insertDeal(db, {
        owner: "ivanova",
        stageKey: "negotiation",
        amount,
        currency,
        directionId: direction.id,
      });
    }
    const report = await (
      await callerFor(db, "admin")
    ).reports.pipelineValue({
      directionId: direction.id,
    });
    const negotiation = report.stages.find((row) => row.stage.name === "Negotiation");

    expect(negotiation?.count).toBe(3);
    expect(negotiation?.byCurrency).toEqual([
      { currency: "CZK", count: 1, amount: "1000.00", weighted: "650.00" },
      { currency: "EUR", count: 2, amount: "30.75", weighted: "19.99" },
    ]);
    expect(report.totals.byCurrency.map((figure) => figure.currency)).toEqual(["CZK", "EUR"]);
  });
});

describe("reports: a hidden deal amount is never summed (PERMISSIONS.md Fields)", () => {
  it("[D2] the Telephonist gets counts but no sums, and no amounts behind them", async () => {
    const db = getDb();
    await insertDeal(db, { owner: "cerny", stageKey: "presale", amount: "700.00" });
    await insertDeal(db, { owner: "cerny", stageKey: "presale", amount: "300.00" });
    await insertDeal(db, {
      owner: "cerny",
      stageKey: "closed_won",
      amount: "400.00",
      closedAt: new Date(Date.now() - 3_600_000),
    });
    const caller = await callerFor(db, "cerny");

    const pipeline = await caller.reports.pipelineValue({});
    const presale = pipeline.stages.find((row) => row.stage.name === "Presale");
    expect(pipeline.amountHidden).toBe(true);
    expect(pipeline.totals.count).toBe(2);
    expect(presale?.byCurrency).toEqual([
      { currency: "CZK", count: 2, amount: null, weighted: null },
    ]);
    const wonLost = await caller.reports.wonLost({});
    expect(wonLost.amountHidden).toBe(true);
    expect(wonLost.totals.won.byCurrency).toEqual([{ currency: "CZK", count: 1, amount: null }]);
    const behind = await caller.reports.dealsBehind({
      filters: {},
      figure: { report: "pipelineValue", stageId: presale?.stage.id ?? "" },
    });
    expect(behind.total).toBe(2);
    expect(behind.items.map((deal) => deal.amount)).toEqual([null, null]);

    const petrov = await (await callerFor(db, "petrov")).reports.pipelineValue({});
    expect(petrov.amountHidden).toBe(false);
    expect(petrov.totals.byCurrency[0]?.amount).toMatch(/^\d+\.\d{2}$/);
  });

  it("[D2] a hidden expected close date is neither shown nor filtered by", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    const telephonist = await db.role.findFirstOrThrow({
      where: { projectId: cerny.projectId, templateKey: "telephonist" },
    });
    const deal = await insertDeal(db, {
      owner: "cerny",
      stageKey: "proposal",
      amount: "10.00",
      expectedCloseAt: new Date("2027-03-01"),
    });
    const rule = await db.fieldRule.create({
      data: {
        roleId: telephonist.id,
        resource: "deal",
        field: "expectedCloseAt",
        access: "hidden",
      },
    });
    const caller = await callerFor(db, "cerny");
    try {
      await expect(caller.reports.pipelineValue({ from: "2026-01-01" })).rejects.toMatchObject({
        code: "FORBIDDEN",
        details: { rule: "field-access" },
      });
      const behind = await caller.reports.dealsBehind({
        filters: {},
        figure: { report: "pipelineValue", stageId: deal.stageId },
      });
      expect(behind.items.map((item) => [item.id, item.expectedCloseAt])).toEqual([
        [deal.id, null],
      ]);
    } finally {
      await db.fieldRule.delete({ where: { id: rule.id } });
    }
  });
});
