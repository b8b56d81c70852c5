import type { TProjectScope } from "../access/project-scope";
import { CONTACT_SELECT } from "./contact-select";
import { staleContact } from "./contact-version";

export type TContactDeletion = {
  id: string;
  deletedNotes: number;
  deletedReminders: number;
  keptActivities: number;
};

/**
 * Deletes a contact with its notes and reminders (SPEC F4), in one transaction with the audit
 * entry, which names what went with it. Calls, meetings and e-mails are the history of the
 * relationship with the company: F4 does not name them, so they stay, unlinked from the
 * contact (the schema would otherwise cascade them too). Needs `delete` on the contact, a
 * right only Admins have by default.
 */
export async function deleteContact(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<TContactDeletion> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("contact", input.id, "delete", tx);
    const before = await tx.contact.findUniqueOrThrow({
      where: { id: input.id },
      select: CONTACT_SELECT,
    });
    if (before.version !== input.version) throw staleContact();
    const notes = await tx.activity.findMany({
      where: { contactId: input.id, kind: "note" },
      select: { id: true, subject: true, occurredAt: true },
    });
    const reminders = await tx.reminder.findMany({
      where: { contactId: input.id },
      select: { id: true, title: true, remindAt: true },
    });
    const customValues = await tx.customFieldValue.count({ where: { contactId: input.id } });
    const kept = await tx.activity.updateMany({
      where: { contactId: input.id, kind: { not: "note" } },
      data: { contactId: null },
    });
    // The version in the where makes a concurrent save and this delete exclude each other.
    const deleted = await tx.contact.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (deleted.count === 0) throw staleContact();
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "contact",
      recordId: input.id,
      before: {
        ...before,
        deletedNotes: notes,
        deletedReminders: reminders,
        unlinkedActivities: kept.count,
        deletedCustomValues: customValues,
      },
    });
    return {
      id: input.id,
      deletedNotes: notes.length,
      deletedReminders: reminders.length,
      keptActivities: kept.count,
    };
  });
}
