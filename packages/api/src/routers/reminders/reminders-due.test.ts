import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { DAY_MS, HOUR_MS } from "../activities/work-test-kit";

const getDb = useSeededDatabase();

describe("reminders: what the pop-up shows (H3)", () => {
  it("[H3] due holds open reminders whose time has come and overdue open tasks, as of the request's time", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const t = new Date("2026-06-10T09:00:00.000Z");
    const at = (offset: number) => new Date(t.getTime() + offset);
    const caller = await callerFor(db, "ivanova", { now: t });

    const past = await caller.reminders.create({ title: "Call back", remindAt: at(-HOUR_MS) });
    const exactly = await caller.reminders.create({ title: "On the dot", remindAt: t });
    const later = await caller.reminders.create({ title: "Tomorrow", remindAt: at(DAY_MS) });
    const resolved = await caller.reminders.create({ title: "Done", remindAt: at(-DAY_MS) });
    await caller.reminders.resolve({ id: resolved.id, version: 1 });
    const overdue = await caller.tasks.create({ title: "Overdue", dueAt: at(-HOUR_MS) });
    const notYet = await caller.tasks.create({ title: "Next week", dueAt: at(7 * DAY_MS) });
    const closed = await caller.tasks.create({ title: "Closed", dueAt: at(-DAY_MS) });
    await caller.tasks.complete({ id: closed.id, version: 1 });
    const onClosed = await caller.reminders.create({
      title: "About the closed task",
      remindAt: at(-HOUR_MS),
      taskId: closed.id,
    });
    const undated = await caller.tasks.create({ title: "Someday" });

    const due = await caller.reminders.due({});
    const reminderIds = due.reminders.map((reminder) => reminder.id);
    const taskIds = due.tasks.map((task) => task.id);

    expect(due).toMatchObject({ intervalMinutes: 15, asOf: t, truncated: false });
    expect(reminderIds).toEqual(expect.arrayContaining([past.id, exactly.id]));
    for (const id of [later.id, resolved.id, onClosed.id]) expect(reminderIds).not.toContain(id);
    expect(taskIds).toContain(overdue.id);
    for (const id of [notYet.id, closed.id, undated.id]) expect(taskIds).not.toContain(id);
    expect(
      due.reminders.every(
        (reminder) =>
          reminder.responsible.id === ivanova.id &&
          reminder.resolvedAt === null &&
          reminder.remindAt.getTime() <= t.getTime(),
      ),
    ).toBe(true);
    expect(
      due.tasks.every(
        (task) =>
          task.status === "open" &&
          (task.dueAt?.getTime() ?? Infinity) < t.getTime() &&
          task.assignee?.id === ivanova.id,
      ),
    ).toBe(true);

    // A day later the next reminder is due too; resolving and completing end the pop-ups.
    const tomorrow = await callerFor(db, "ivanova", { now: at(DAY_MS + 1) });
    const next = await tomorrow.reminders.due({});
    expect(next.reminders.map((reminder) => reminder.id)).toEqual(
      expect.arrayContaining([past.id, later.id]),
    );
    await tomorrow.reminders.resolve({ id: past.id, version: 1 });
    await tomorrow.tasks.complete({ id: overdue.id, version: 1 });
    const after = await tomorrow.reminders.due({});
    expect(after.reminders.map((reminder) => reminder.id)).not.toContain(past.id);
    expect(after.tasks.map((task) => task.id)).not.toContain(overdue.id);
  });

  it("[H3][C1] the interval is the caller's own setting; empty means pop-ups are off", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const horakova = await findPersona(db, "horakova");

    await expect((await callerFor(db, "petrov")).reminders.due({})).resolves.toMatchObject({
      intervalMinutes: 30,
    });
    const off = await (await callerFor(db, "horakova")).reminders.due({});
    expect(off.intervalMinutes).toBeNull();
    expect(off.reminders.every((reminder) => reminder.responsible.id === horakova.id)).toBe(true);
    await db.employee.update({ where: { id: petrov.id }, data: { reminderIntervalMinutes: 5 } });
    await expect((await callerFor(db, "petrov")).reminders.due({})).resolves.toMatchObject({
      intervalMinutes: 5,
    });
  });

  it("[H3][D7] someone else's due reminder never pops up for me, and a caller without rights gets empty lists", async () => {
    const db = getDb();
    const t = new Date("2026-06-11T12:00:00.000Z");
    const theirs = await (
      await callerFor(db, "horakova", { now: t })
    ).reminders.create({ title: "Horáková's", remindAt: new Date(t.getTime() - HOUR_MS) });

    for (const persona of ["dvorakova", "admin", "ivanova"]) {
      const due = await (await callerFor(db, persona, { now: t })).reminders.due({});
      expect(due.reminders.map((reminder) => reminder.id)).not.toContain(theirs.id);
    }
    // The invoicing clerk's role gives no task or reminder rights at all.
    await expect(
      (await callerFor(db, "vesela", { now: t })).reminders.due({}),
    ).resolves.toMatchObject({ reminders: [], tasks: [] });
  });
});
