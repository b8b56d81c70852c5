import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { auditOf, DAY_MS, refusalOf } from "../activities/work-test-kit";

const getDb = useSeededDatabase();

describe("reminders: list, lookups and writes", () => {
  it("[H3] list shows my open reminders soonest first; resolved ones on request", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const caller = await callerFor(db, "ivanova");
    const soon = await caller.reminders.create({
      title: "Soon",
      remindAt: new Date(Date.now() + DAY_MS),
    });
    const old = await caller.reminders.create({ title: "Old", remindAt: new Date(0) });
    await caller.reminders.resolve({ id: old.id, version: 1 });

    const open = [];
    let cursor: string | undefined;
    do {
      const page = await caller.reminders.list({ limit: 7, ...(cursor ? { cursor } : {}) });
      open.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const resolved = await caller.reminders.list({ state: "resolved" });

    await expect(
      db.reminder.count({ where: { responsibleId: ivanova.id, resolvedAt: null } }),
    ).resolves.toBe(open.length);
    expect(open.map((reminder) => reminder.id)).toContain(soon.id);
    expect(open.map((reminder) => reminder.id)).not.toContain(old.id);
    const times = open.map((reminder) => reminder.remindAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(resolved.items.map((reminder) => reminder.id)).toEqual([old.id]);
  });

  it("[H3] list narrows to one record's reminders, for a card or a task", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const caller = await callerFor(db, "ivanova");
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const onCompany = await caller.reminders.create({
      title: "Call the buyer",
      remindAt: new Date(Date.now() + DAY_MS),
      companyId: company.id,
    });
    await caller.reminders.create({ title: "Elsewhere", remindAt: new Date(Date.now() + DAY_MS) });

    const listed = await caller.reminders.list({ view: "all", companyId: company.id });

    expect(listed.items.map((reminder) => reminder.id)).toContain(onCompany.id);
    expect(listed.items.every((reminder) => reminder.company?.id === company.id)).toBe(true);
  });

  it("[D7] a reminder outside reach answers exactly like an id that does not exist", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const theirs = await db.reminder.findFirstOrThrow({ where: { responsibleId: horakova.id } });
    const caller = await callerFor(db, "ivanova");
    const at = { id: theirs.id, version: theirs.version };

    const missing = await refusalOf(caller.reminders.get({ id: crypto.randomUUID() }));
    expect(missing.code).toBe("NOT_FOUND");
    for (const call of [
      () => caller.reminders.get({ id: theirs.id }),
      () => caller.reminders.update({ ...at, fields: { title: "Mine now" } }),
      () => caller.reminders.resolve(at),
      () => caller.reminders.delete(at),
    ]) {
      await expect(refusalOf(call())).resolves.toEqual(missing);
    }
    const all = await caller.reminders.list({ view: "all", state: "any", limit: 100 });
    expect(all.items.every((reminder) => reminder.responsible.id !== horakova.id)).toBe(true);
    await expect(
      db.reminder.findUniqueOrThrow({ where: { id: theirs.id } }),
    ).resolves.toMatchObject({ resolvedAt: null, version: theirs.version });
  });

  it("[D7] a reminder on a task or deal outside reach is refused exactly like a missing one", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const task = await db.task.findFirstOrThrow({ where: { responsibleId: horakova.id } });
    const deal = await db.deal.findFirstOrThrow({ where: { responsibleId: horakova.id } });
    const caller = await callerFor(db, "ivanova");
    const remindAt = new Date();
    const before = await db.reminder.count();

    for (const field of ["taskId", "dealId"] as const) {
      const hidden = await refusalOf(
        caller.reminders.create({
          title: "Peek",
          remindAt,
          [field]: field === "taskId" ? task.id : deal.id,
        }),
      );
      const missing = await refusalOf(
        caller.reminders.create({ title: "Peek", remindAt, [field]: crypto.randomUUID() }),
      );
      expect(hidden).toEqual(missing);
      expect(hidden).toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(field) as unknown,
      });
    }
    await expect(db.reminder.count()).resolves.toBe(before);
  });

  it("[H3] update and resolve are versioned and audited; resolving twice is a CONFLICT", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const contact = await db.contact.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const now = new Date("2026-07-01T07:00:00.000Z");
    const caller = await callerFor(db, "ivanova", { now });
    const reminder = await caller.reminders.create({
      title: "Send the offer",
      remindAt: now,
      contactId: contact.id,
    });

    const snoozed = await caller.reminders.update({
      id: reminder.id,
      version: 1,
      fields: { remindAt: new Date(now.getTime() + DAY_MS) },
    });
    await expect(
      caller.reminders.update({ id: reminder.id, version: 1, fields: { title: "Stale" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const resolved = await caller.reminders.resolve({ id: reminder.id, version: 2 });
    await expect(caller.reminders.resolve({ id: reminder.id, version: 3 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already resolved") as unknown,
    });

    expect(snoozed).toMatchObject({ title: "Send the offer", version: 2 });
    expect(resolved).toMatchObject({ resolvedAt: now, version: 3, contact: { id: contact.id } });
    const entries = await auditOf(db, reminder.id);
    expect(entries.map((entry) => entry.action)).toEqual(["create", "update", "resolve"]);
    expect(entries[2]).toMatchObject({
      resource: "reminder",
      employeeId: ivanova.id,
      before: expect.objectContaining({ resolvedAt: null }) as unknown,
      after: expect.objectContaining({ resolvedAt: now.toISOString() }) as unknown,
    });
    await expect(caller.reminders.delete({ id: reminder.id, version: 3 })).resolves.toEqual({
      id: reminder.id,
    });
    await expect(auditOf(db, reminder.id)).resolves.toHaveLength(4);
  });
});
