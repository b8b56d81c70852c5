import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { auditOf, companyOf, refusalOf } from "./work-test-kit";

const getDb = useSeededDatabase();

describe("activities: writes", () => {
  it("[H1][B3] create stamps the creator's direction and the request's time, with an audit entry", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const { directionId } = await db.employee.findUniqueOrThrow({ where: { id: ivanova.id } });
    const contact = await db.contact.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const now = new Date("2026-03-02T09:30:00.000Z");
    const caller = await callerFor(db, "ivanova", { now });

    const created = await caller.activities.create({
      kind: "meeting",
      subject: "Demo of the new module",
      contactId: contact.id,
      durationMinutes: 45,
    });

    expect(directionId).not.toBeNull();
    expect(created).toMatchObject({
      kind: "meeting",
      contact: { id: contact.id, name: `${contact.firstName} ${contact.lastName}` },
      company: null,
      occurredAt: now,
      directionId,
      responsible: { id: ivanova.id, name: ivanova.name },
      version: 1,
    });
    const [entry] = await auditOf(db, created.id);
    expect(entry).toMatchObject({
      action: "create",
      resource: "activity",
      employeeId: ivanova.id,
      after: expect.objectContaining({ subject: "Demo of the new module" }) as unknown,
    });
  });

  it("[D7] a link to a record outside reach is refused exactly like an id that does not exist", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const deal = await db.deal.findFirstOrThrow({ where: { responsibleId: horakova.id } });
    const caller = await callerFor(db, "petrov");
    const before = await db.activity.count();

    const hidden = await refusalOf(
      caller.activities.create({ kind: "note", subject: "Peek", dealId: deal.id }),
    );
    const missing = await refusalOf(
      caller.activities.create({ kind: "note", subject: "Peek", dealId: crypto.randomUUID() }),
    );

    expect(hidden).toEqual(missing);
    expect(hidden).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("dealId") as unknown,
    });
    await expect(db.activity.count()).resolves.toBe(before);
    await expect(
      caller.activities.create({ kind: "note", subject: "Nowhere" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("[H1] update at a stale version is a CONFLICT and changes nothing; a fresh one is audited", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await companyOf(db, ivanova.id);
    const caller = await callerFor(db, "ivanova");
    const activity = await caller.activities.create({
      kind: "note",
      subject: "Budget is approved",
      companyId: company.id,
    });

    const saved = await caller.activities.update({
      id: activity.id,
      version: activity.version,
      fields: { body: "For the whole of next year." },
    });
    const stale = await refusalOf(
      caller.activities.update({
        id: activity.id,
        version: activity.version,
        fields: { subject: "Overwritten" },
      }),
    );

    expect(saved).toMatchObject({ version: 2, body: "For the whole of next year." });
    expect(stale.code).toBe("CONFLICT");
    await expect(
      db.activity.findUniqueOrThrow({ where: { id: activity.id } }),
    ).resolves.toMatchObject({ subject: "Budget is approved", version: 2 });
    const entries = await auditOf(db, activity.id);
    expect(entries.map((entry) => entry.action)).toEqual(["create", "update"]);
    expect(entries[1]).toMatchObject({
      before: expect.objectContaining({ body: null, version: 1 }) as unknown,
      after: expect.objectContaining({
        body: "For the whole of next year.",
        version: 2,
      }) as unknown,
    });
    await expect(
      caller.activities.update({
        id: activity.id,
        version: 2,
        fields: { companyId: null },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("[D4] an update is judged on the activity as saved: a note cannot become a call a deny covers", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await companyOf(db, ivanova.id);
    const caller = await callerFor(db, "ivanova");
    const note = await caller.activities.create({
      kind: "note",
      subject: "Left a message",
      companyId: company.id,
    });
    await db.permissionOverride.create({
      data: {
        employeeId: ivanova.id,
        resource: "activity",
        action: "edit",
        effect: "deny",
        condition: { op: "eq", path: "kind", value: "call" },
      },
    });

    try {
      await expect(
        caller.activities.update({ id: note.id, version: 1, fields: { kind: "call" } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "deny-override" } });
      await expect(
        db.activity.findUniqueOrThrow({ where: { id: note.id } }),
      ).resolves.toMatchObject({ kind: "note", version: 1 });
      await expect(
        caller.activities.update({ id: note.id, version: 1, fields: { subject: "Called back" } }),
      ).resolves.toMatchObject({ kind: "note", version: 2 });
    } finally {
      await db.permissionOverride.deleteMany({
        where: { employeeId: ivanova.id, resource: "activity", action: "edit" },
      });
    }
  });

  it("[D4] a deny override on deleting activities refuses the delete, not the edit, and lifts at once", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const ivanova = await findPersona(db, "ivanova");
    const activity = await db.activity.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
      orderBy: { id: "desc" },
    });
    const override = await db.permissionOverride.create({
      data: { employeeId: petrov.id, resource: "activity", action: "delete", effect: "deny" },
    });
    const caller = await callerFor(db, "petrov");

    await expect(
      caller.activities.delete({ id: activity.id, version: activity.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "deny-override" } });
    const edited = await caller.activities.update({
      id: activity.id,
      version: activity.version,
      fields: { subject: "Checked by the head of sales" },
    });
    await expect(db.activity.count({ where: { id: activity.id } })).resolves.toBe(1);

    await db.permissionOverride.delete({ where: { id: override.id } });
    await expect(
      (await callerFor(db, "petrov")).activities.delete({
        id: activity.id,
        version: edited.version,
      }),
    ).resolves.toEqual({ id: activity.id });
    await expect(db.activity.count({ where: { id: activity.id } })).resolves.toBe(0);
    const entries = await auditOf(db, activity.id);
    expect(entries.map((entry) => entry.action)).toEqual(["update", "delete"]);
    expect(entries[1]).toMatchObject({
      employeeId: petrov.id,
      before: expect.objectContaining({ subject: "Checked by the head of sales" }) as unknown,
      after: null,
    });
  });

  it("[D4] the seeded deny keeps Horáková from deleting even her own activities", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const own = await db.activity.findFirstOrThrow({ where: { responsibleId: horakova.id } });

    await expect(
      (await callerFor(db, "horakova")).activities.delete({ id: own.id, version: own.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "deny-override" } });
    await expect(db.activity.count({ where: { id: own.id } })).resolves.toBe(1);
  });

  it("fields the API sets are refused in input by name, for every kind of record; nothing is written", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await companyOf(db, ivanova.id);
    const caller = await callerFor(db, "ivanova");
    const counts = async () => [
      await db.activity.count(),
      await db.task.count(),
      await db.reminder.count(),
    ];
    const before = await counts();
    const sneaky = { projectId: crypto.randomUUID(), responsibleId: crypto.randomUUID() };

    for (const call of [
      () =>
        caller.activities.create({
          kind: "note",
          subject: "Sneaky",
          companyId: company.id,
          ...sneaky,
        } as never),
      () => caller.tasks.create({ title: "Sneaky", status: "done", ...sneaky } as never),
      () => caller.reminders.create({ title: "Sneaky", remindAt: new Date(), ...sneaky }),
    ]) {
      const refusal = await refusalOf(call());
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(refusal.message).toMatch(/projectId/);
    }
    await expect(
      caller.activities.create({ kind: "visit" as never, subject: "x", companyId: company.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(counts()).resolves.toEqual(before);
  });
});
