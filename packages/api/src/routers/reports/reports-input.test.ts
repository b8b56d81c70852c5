import { Prisma } from "@charter/db/client";
import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { idsAllowedFor, onlyIds } from "./reports-test-kit";

const getDb = useSeededDatabase();

describe("reports: filters", () => {
  it("[J1][B1] a department takes in the departments under it, over the head's reach", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const sales = await db.department.findFirstOrThrow({
      where: { projectId: petrov.projectId, name: "Sales" },
    });
    const ids = await idsAllowedFor(db, "petrov", "deal");
    const [expected] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Deal" d JOIN "Department" p ON p.id = d."departmentId"
       WHERE d."projectId" = ${petrov.projectId}::uuid AND d.status = 'open'
         AND p.path LIKE ${`${sales.path}%`} ${onlyIds('d."id"', ids)}`;

    const report = await (
      await callerFor(db, "petrov")
    ).reports.pipelineValue({
      departmentId: sales.id,
    });
    expect(expected?.count).toBeGreaterThan(0);
    expect(report.totals.count).toBe(expected?.count);
  });

  it("[J1] responsible, direction and pipeline narrow every report as plain SQL does", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const ivanova = await db.employee.findUniqueOrThrow({
      where: { id: (await findPersona(db, "ivanova")).id },
      select: { id: true, directionId: true },
    });
    const cycle = await db.pipeline.findFirstOrThrow({
      where: { projectId: admin.projectId, key: "client_cycle" },
    });
    const caller = await callerFor(db, "admin");
    const count = async (where: Prisma.Sql) => {
      const [row] = await db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM "Deal"
         WHERE "projectId" = ${admin.projectId}::uuid AND status = 'open' AND ${where}`;
      return row?.count ?? -1;
    };

    const mine = await caller.reports.pipelineValue({ responsibleId: ivanova.id });
    expect(mine.totals.count).toBe(await count(Prisma.sql`"responsibleId" = ${ivanova.id}::uuid`));
    const software = await caller.reports.pipelineValue({ directionId: ivanova.directionId ?? "" });
    expect(software.totals.count).toBe(
      await count(Prisma.sql`"directionId" = ${ivanova.directionId}::uuid`),
    );
    const onCycle = await caller.reports.pipelineValue({ pipelineId: cycle.id });
    expect(onCycle.stages.every((row) => row.pipeline.id === cycle.id)).toBe(true);
    expect(onCycle.totals.count).toBe(await count(Prisma.sql`"pipelineId" = ${cycle.id}::uuid`));
    const activities = await caller.reports.activities({ responsibleId: ivanova.id });
    expect(activities.employees.map((row) => row.employee.id)).toEqual([ivanova.id]);
  });
});

describe("reports: input a person can act on", () => {
  it("refuses a bad time zone, a reversed period, a period too long and unknown keys", async () => {
    const caller = await callerFor(getDb(), "admin");

    await expect(caller.reports.wonLost({ timeZone: "Mars/Olympus" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("IANA time zone") as unknown,
    });
    await expect(
      caller.reports.wonLost({ from: "2026-05-01", to: "2026-04-30" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("to:") as unknown,
    });
    await expect(
      caller.reports.wonLost({ from: "2020-01-01", to: "2026-01-31" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("73 months") as unknown,
    });
    await expect(caller.reports.wonLost({ from: "2026-02-30" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.reports.pipelineValue({ stageId: crypto.randomUUID() } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.reports.activities({ pipelineId: crypto.randomUUID() } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a department or pipeline of another project like one that does not exist", async () => {
    const db = getDb();
    const b2c = await findPersona(db, "petrov", "charter-b2c");
    const otherDepartment = await db.department.findFirstOrThrow({
      where: { projectId: b2c.projectId },
    });
    const otherPipeline = await db.pipeline.findFirstOrThrow({
      where: { projectId: b2c.projectId },
    });
    const caller = await callerFor(db, "admin");

    const refusal = (departmentId: string) =>
      caller.reports.conversion({ departmentId }).then(
        () => null,
        (error: { code: string; message: string }) => ({
          code: error.code,
          message: error.message,
        }),
      );
    const foreign = await refusal(otherDepartment.id);
    expect(foreign).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("departmentId") as unknown,
    });
    expect(foreign).toEqual(await refusal(crypto.randomUUID()));
    await expect(
      caller.reports.pipelineValue({ pipelineId: otherPipeline.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("pipelineId") as unknown,
    });
  });

  it("refuses a drill-down into a figure the report does not have", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const won = await db.stage.findFirstOrThrow({
      where: { projectId: admin.projectId, outcome: "won" },
    });
    const caller = await callerFor(db, "admin");

    await expect(
      caller.reports.dealsBehind({
        filters: {},
        figure: { report: "conversion", stageId: won.id, measure: "entered" },
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("stageId") as unknown,
    });
    await expect(
      caller.reports.dealsBehind({
        filters: {},
        figure: { report: "wonLost", month: "2026-13", status: "won" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("[D4] a per-user deny on reports refuses every report, with the rule named", async () => {
    const db = getDb();
    const marek = await findPersona(db, "marek");
    await db.permissionOverride.create({
      data: { employeeId: marek.id, resource: "report", action: "view", effect: "deny" },
    });
    const caller = await callerFor(db, "marek");

    await expect(caller.reports.pipelineValue({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { rule: "deny-override" },
    });
    await expect(
      caller.reports.activitiesBehind({ filters: {}, figure: {} }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
