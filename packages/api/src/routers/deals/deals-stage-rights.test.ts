import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, giveOnlyRole, opportunityStages } from "./deals-test-kit";

const getDb = useSeededDatabase();
const DAY_MS = 86_400_000;

describe("deals: stage rights and task chains", () => {
  it("[G6] a move into a stage outside the role's stage right is FORBIDDEN, explained, and changes nothing", async () => {
    const db = getDb();
    const { byKey } = await opportunityStages(db);
    const early = ["qualification", "needs_analysis", "presale"].map((key) => byKey(key).id);
    // A junior rep works their own deals, but only in the first three stages (a stage right).
    const { persona } = await giveOnlyRole(db, "horakova", [
      { action: "view", scope: "own" },
      { action: "create", scope: "own" },
      { action: "edit", scope: "own", condition: { op: "in", path: "stageId", values: early } },
    ]);
    const caller = await callerFor(db, "horakova");
    const deal = await caller.deals.create({
      title: "Junior's deal",
      currency: "CZK",
      stageId: byKey("qualification").id,
    });
    const stored = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    const history = await db.dealStageChange.count({ where: { dealId: deal.id } });
    const audit = await db.auditEntry.count({ where: { recordId: deal.id } });

    const moved = await caller.deals.moveStage({
      id: deal.id,
      version: deal.version,
      stageId: byKey("needs_analysis").id,
    });
    expect(moved.deal.stage.id).toBe(byKey("needs_analysis").id);

    const refused = await catchError(
      caller.deals.moveStage({
        id: deal.id,
        version: moved.deal.version,
        stageId: byKey("negotiation").id,
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.details?.rule).toBe("no-grant");
    expect(refused.message).toMatch(/^You may not move this deal to "Negotiation": /);
    expect(refused.message).toMatch(/stage/i);

    const after = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(after).toMatchObject({
      stageId: byKey("needs_analysis").id,
      status: "open",
      version: moved.deal.version,
    });
    await expect(db.dealStageChange.count({ where: { dealId: deal.id } })).resolves.toBe(
      history + 1,
    );
    await expect(db.auditEntry.count({ where: { recordId: deal.id } })).resolves.toBe(audit + 1);
    expect(stored.responsibleId).toBe(persona.id);

    // The same role cannot edit the deal's title once it sits outside its stages either.
    await db.deal.update({ where: { id: deal.id }, data: { stageId: byKey("proposal").id } });
    await expect(
      caller.deals.update({
        id: deal.id,
        version: after.version,
        fields: { title: "Renamed" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("[G3] entering a stage fires its active chains: assignees and due dates per step, in the move", async () => {
    const db = getDb();
    const { byKey } = await opportunityStages(db);
    const ivanova = await findPersona(db, "ivanova");
    const petrov = await findPersona(db, "petrov");
    const cerny = await findPersona(db, "cerny");
    const admin = await callerFor(db, "admin");
    const proposal = byKey("proposal");
    await admin.pipelines.createTaskChain({
      stageId: proposal.id,
      name: "Send the offer",
      steps: [
        { title: "Prepare the offer", dueAfterDays: 0, assignTo: "responsible" },
        { title: "Approve the discount", dueAfterDays: 2, assignTo: "responsible_manager" },
        { title: "Call to follow up", dueAfterDays: 7, assignTo: "employee", employeeId: cerny.id },
      ],
    });
    await admin.pipelines.createTaskChain({
      stageId: proposal.id,
      name: "Switched off",
      isActive: false,
      steps: [{ title: "Never made", dueAfterDays: 1, assignTo: "responsible" }],
    });
    const deal = await db.deal.findFirstOrThrow({
      where: { responsibleId: ivanova.id, stage: { key: "presale" } },
    });
    const now = new Date("2026-12-01T09:30:00.000Z");
    const caller = await callerFor(db, "ivanova", { now });

    const { deal: moved, tasks } = await caller.deals.moveStage({
      id: deal.id,
      version: deal.version,
      stageId: proposal.id,
    });

    expect(moved).toMatchObject({ stage: { id: proposal.id }, status: "open", closedAt: null });
    const made = await db.task.findMany({
      where: { dealId: deal.id, chainStepId: { not: null } },
      orderBy: { dueAt: "asc" },
    });
    expect(made.map((task) => [task.title, task.assigneeId, task.dueAt?.getTime()])).toEqual([
      ["Prepare the offer", ivanova.id, now.getTime()],
      ["Approve the discount", petrov.id, now.getTime() + 2 * DAY_MS],
      ["Call to follow up", cerny.id, now.getTime() + 7 * DAY_MS],
    ]);
    expect(made.every((task) => task.responsibleId === ivanova.id)).toBe(true);
    expect(made.every((task) => task.companyId === deal.companyId)).toBe(true);
    expect(tasks.map((task) => task.id).sort()).toEqual(made.map((task) => task.id).sort());
    const [change] = await db.dealStageChange.findMany({
      where: { dealId: deal.id, toStageId: proposal.id },
    });
    expect(change).toMatchObject({ fromStageId: deal.stageId, changedById: ivanova.id });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: deal.id, action: "move_stage" },
    });
    expect(entry.after).toMatchObject({
      stage: { id: proposal.id },
      tasksCreated: expect.any(Array) as unknown,
    });

    // A blocked named employee hands their task to the deal's responsible.
    await db.employee.update({ where: { id: cerny.id }, data: { status: "blocked" } });
    const created = await caller.deals.create({
      title: "Straight to proposal",
      currency: "CZK",
      stageId: proposal.id,
    });
    const second = await db.task.findMany({ where: { dealId: created.id } });
    expect(second.map((task) => task.assigneeId).sort()).toEqual(
      [ivanova.id, ivanova.id, petrov.id].sort(),
    );
    await db.employee.update({ where: { id: cerny.id }, data: { status: "active" } });
  });

  it("[G6] a won or lost stage closes the deal; moving back reopens it", async () => {
    const db = getDb();
    const { byKey } = await opportunityStages(db);
    const ivanova = await findPersona(db, "ivanova");
    const deal = await db.deal.findFirstOrThrow({
      where: { responsibleId: ivanova.id, status: "open" },
      orderBy: { id: "asc" },
    });
    const caller = await callerFor(db, "ivanova");

    const won = await caller.deals.moveStage({
      id: deal.id,
      version: deal.version,
      stageId: byKey("closed_won").id,
    });
    expect(won.deal).toMatchObject({ status: "won", closedAt: expect.any(Date) as unknown });
    await expect(
      caller.deals.moveStage({
        id: deal.id,
        version: won.deal.version,
        stageId: byKey("closed_won").id,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const reopened = await caller.deals.moveStage({
      id: deal.id,
      version: won.deal.version,
      stageId: byKey("negotiation").id,
    });
    expect(reopened.deal).toMatchObject({ status: "open", closedAt: null });
    // A stale version is a CONFLICT and changes nothing.
    await expect(
      caller.deals.moveStage({
        id: deal.id,
        version: won.deal.version,
        stageId: byKey("proposal").id,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(db.deal.findUniqueOrThrow({ where: { id: deal.id } })).resolves.toMatchObject({
      stageId: byKey("negotiation").id,
    });
  });
});
