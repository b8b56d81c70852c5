import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

/** A contact of `owner` with two notes, a call and two reminders, written straight to the database. */
async function contactWithHistory(owner: string) {
  const db = getDb();
  const employee = await findPersona(db, owner);
  const { directionId } = await db.employee.findUniqueOrThrow({ where: { id: employee.id } });
  const owned = { projectId: employee.projectId, responsibleId: employee.id, directionId };
  const contact = await db.contact.create({
    data: { ...owned, firstName: "Duplicate", lastName: `of ${owner}` },
  });
  const activity = (kind: "note" | "call", subject: string) =>
    db.activity.create({
      data: { ...owned, kind, subject, occurredAt: new Date(), contactId: contact.id },
    });
  const notes = [await activity("note", "Met at the fair"), await activity("note", "Prefers mail")];
  const call = await activity("call", "Intro call");
  const reminders = await Promise.all(
    ["Send the brochure", "Call back"].map((title) =>
      db.reminder.create({
        data: { ...owned, title, remindAt: new Date(), contactId: contact.id },
      }),
    ),
  );
  return { contact, notes, call, reminders };
}

describe("contacts: delete (F4)", () => {
  it("[F4] deletes the contact with its notes and reminders in one go; the audit entry names them", async () => {
    const db = getDb();
    const { contact, notes, call, reminders } = await contactWithHistory("ivanova");
    const caller = await callerFor(db, "ivanova");

    await expect(
      caller.contacts.delete({ id: contact.id, version: contact.version }),
    ).resolves.toEqual({ id: contact.id, deletedNotes: 2, deletedReminders: 2, keptActivities: 1 });

    await expect(db.contact.count({ where: { id: contact.id } })).resolves.toBe(0);
    await expect(
      db.activity.count({ where: { id: { in: notes.map((note) => note.id) } } }),
    ).resolves.toBe(0);
    await expect(
      db.reminder.count({ where: { id: { in: reminders.map((reminder) => reminder.id) } } }),
    ).resolves.toBe(0);
    // A call is the relationship's history, not the contact's note: it stays, unlinked.
    await expect(db.activity.findUniqueOrThrow({ where: { id: call.id } })).resolves.toMatchObject({
      contactId: null,
      subject: "Intro call",
    });

    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: contact.id, action: "delete" },
    });
    expect(entry).toMatchObject({ resource: "contact", ip: "127.0.0.1" });
    const before = entry.before as {
      firstName: string;
      deletedNotes: { id: string }[];
      deletedReminders: { id: string }[];
      unlinkedActivities: number;
    };
    expect(before.firstName).toBe("Duplicate");
    expect(before.deletedNotes.map((note) => note.id).sort()).toEqual(
      notes.map((note) => note.id).sort(),
    );
    expect(before.deletedReminders.map((reminder) => reminder.id).sort()).toEqual(
      reminders.map((reminder) => reminder.id).sort(),
    );
    expect(before.unlinkedActivities).toBe(1);
  });

  it("[F4] needs its own right: a rep without it is refused on their own contact and nothing goes", async () => {
    const db = getDb();
    const { contact, notes, reminders } = await contactWithHistory("horakova");
    const caller = await callerFor(db, "horakova");
    // Horáková may edit her contact, but deleting is not hers to do.
    await expect(
      caller.contacts.update({
        id: contact.id,
        version: contact.version,
        fields: { position: "Buyer" },
      }),
    ).resolves.toMatchObject({ position: "Buyer" });

    await expect(
      caller.contacts.delete({ id: contact.id, version: contact.version + 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(db.contact.count({ where: { id: contact.id } })).resolves.toBe(1);
    await expect(db.activity.count({ where: { contactId: contact.id } })).resolves.toBe(
      notes.length + 1,
    );
    await expect(db.reminder.count({ where: { contactId: contact.id } })).resolves.toBe(
      reminders.length,
    );
    await expect(
      db.auditEntry.count({ where: { recordId: contact.id, action: "delete" } }),
    ).resolves.toBe(0);
  });

  it("[F4] the allow override reaches Ivanova's own contacts only; an Admin deletes any", async () => {
    const db = getDb();
    const { contact } = await contactWithHistory("cerny");
    await expect(
      (await callerFor(db, "ivanova")).contacts.delete({
        id: contact.id,
        version: contact.version,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(db.contact.count({ where: { id: contact.id } })).resolves.toBe(1);

    await expect(
      (await callerFor(db, "admin")).contacts.delete({ id: contact.id, version: contact.version }),
    ).resolves.toMatchObject({ deletedNotes: 2, deletedReminders: 2 });
  });

  it("a stale version deletes nothing", async () => {
    const db = getDb();
    const { contact } = await contactWithHistory("ivanova");
    const caller = await callerFor(db, "ivanova");
    await caller.contacts.update({
      id: contact.id,
      version: contact.version,
      fields: { phone: "+420 111 222 333" },
    });
    await expect(
      caller.contacts.delete({ id: contact.id, version: contact.version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(db.activity.count({ where: { contactId: contact.id } })).resolves.toBe(3);
    await expect(db.reminder.count({ where: { contactId: contact.id } })).resolves.toBe(2);
  });
});
