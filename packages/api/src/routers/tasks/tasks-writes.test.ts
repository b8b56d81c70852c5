import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { auditOf, companyOf, refusalOf } from "../activities/work-test-kit";

const getDb = useSeededDatabase();

describe("tasks: writes", () => {
  it("[H2][B3] create with an assignee and participants of the project, audited", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");
    const { directionId } = await db.employee.findUniqueOrThrow({ where: { id: petrov.id } });
    const company = await companyOf(db, ivanova.id);
    const dueAt = new Date("2026-04-01T10:00:00.000Z");

    const task = await (
      await callerFor(db, "petrov")
    ).tasks.create({
      title: "Call the buyer about the renewal",
      dueAt,
      assigneeId: ivanova.id,
      participantIds: [cerny.id, cerny.id],
      companyId: company.id,
    });

    expect(task).toMatchObject({
      status: "open",
      dueAt,
      assignee: { id: ivanova.id },
      participants: [{ id: cerny.id, name: cerny.name }],
      company: { id: company.id, name: company.name },
      responsible: { id: petrov.id },
      directionId,
      version: 1,
    });
    const [entry] = await auditOf(db, task.id);
    expect(entry).toMatchObject({ action: "create", resource: "task", employeeId: petrov.id });
    const own = await (await callerFor(db, "ivanova")).tasks.create({ title: "Read the brief" });
    expect(own.assignee?.id).toBe(ivanova.id);
  });

  it("[H2] people from another project, blocked or unknown, are refused by field; nothing is written", async () => {
    const db = getDb();
    const outsider = await findPersona(db, "smirnova", "charter-b2c");
    const cerny = await findPersona(db, "cerny");
    const caller = await callerFor(db, "petrov");
    const before = await db.task.count();

    await expect(
      caller.tasks.create({ title: "Shared", participantIds: [cerny.id, outsider.id] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(new RegExp(`participantIds.*${outsider.id}`)) as unknown,
    });
    await expect(
      caller.tasks.create({ title: "Handed over", assigneeId: crypto.randomUUID() }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("assigneeId") as unknown,
    });
    await db.employee.update({ where: { id: cerny.id }, data: { status: "blocked" } });
    try {
      await expect(
        caller.tasks.create({ title: "For someone blocked", assigneeId: cerny.id }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    } finally {
      await db.employee.update({ where: { id: cerny.id }, data: { status: "active" } });
    }
    await expect(db.task.count()).resolves.toBe(before);
  });

  it("[H2] complete, reopen and cancel move the status at a version; wrong moves are refused", async () => {
    const db = getDb();
    const now = new Date("2026-05-04T08:15:00.000Z");
    const caller = await callerFor(db, "ivanova", { now });
    const task = await caller.tasks.create({ title: "Send the contract" });

    const done = await caller.tasks.complete({ id: task.id, version: 1 });
    expect(done).toMatchObject({ status: "done", completedAt: now, version: 2 });
    await expect(caller.tasks.complete({ id: task.id, version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("reopen") as unknown,
    });
    await expect(caller.tasks.cancel({ id: task.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const reopened = await caller.tasks.reopen({ id: task.id, version: 2 });
    expect(reopened).toMatchObject({ status: "open", completedAt: null, version: 3 });
    const cancelled = await caller.tasks.cancel({ id: task.id, version: 3 });
    expect(cancelled).toMatchObject({ status: "cancelled", version: 4 });

    const entries = await auditOf(db, task.id);
    expect(entries.map((entry) => entry.action)).toEqual([
      "create",
      "complete",
      "reopen",
      "cancel",
    ]);
    expect(entries[1]).toMatchObject({
      before: expect.objectContaining({ status: "open" }) as unknown,
      after: expect.objectContaining({ status: "done", completedAt: now.toISOString() }) as unknown,
    });
  });

  it("[H2] update and participants are versioned: a stale save is a CONFLICT and changes nothing", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    const marek = await findPersona(db, "marek");
    const caller = await callerFor(db, "petrov");
    const task = await caller.tasks.create({ title: "Plan the fair", participantIds: [cerny.id] });

    const renamed = await caller.tasks.update({
      id: task.id,
      version: 1,
      fields: { title: "Plan the autumn fair", dueAt: null },
    });
    expect(renamed).toMatchObject({ title: "Plan the autumn fair", version: 2 });
    const stale = await refusalOf(
      caller.tasks.setParticipants({ id: task.id, version: 1, participantIds: [marek.id] }),
    );
    expect(stale.code).toBe("CONFLICT");
    await expect(
      db.taskParticipant.findMany({ where: { taskId: task.id }, select: { employeeId: true } }),
    ).resolves.toEqual([{ employeeId: cerny.id }]);

    const swapped = await caller.tasks.setParticipants({
      id: task.id,
      version: 2,
      participantIds: [marek.id],
    });
    expect(swapped).toMatchObject({ participants: [{ id: marek.id }], version: 3 });
    const entries = await auditOf(db, task.id);
    expect(entries.at(-1)).toMatchObject({
      action: "set_participants",
      before: { participants: [{ id: cerny.id, name: cerny.name }] },
      after: { participants: [{ id: marek.id, name: marek.name }] },
    });
    await expect(
      caller.tasks.update({ id: task.id, version: 3, fields: {} }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("[H2] delete takes the task's reminders with it and names them in the audit entry", async () => {
    const db = getDb();
    const caller = await callerFor(db, "ivanova");
    const task = await caller.tasks.create({ title: "Check the budget" });
    const reminder = await caller.reminders.create({
      title: "Budget check",
      remindAt: new Date(),
      taskId: task.id,
    });

    await expect(caller.tasks.delete({ id: task.id, version: 1 })).resolves.toEqual({
      id: task.id,
      deletedReminders: 1,
    });
    await expect(db.reminder.count({ where: { id: reminder.id } })).resolves.toBe(0);
    const entries = await auditOf(db, task.id);
    expect(entries.at(-1)).toMatchObject({
      action: "delete",
      before: expect.objectContaining({
        deletedReminders: [expect.objectContaining({ id: reminder.id })],
      }) as unknown,
    });
    await expect(caller.tasks.delete({ id: task.id, version: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
