import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion } from "../versioning/versioned-change";
import { applyChange, buildDraft, findOwner } from "../work-records/draft";
import { findLinksOrThrow } from "../work-records/links";
import { REMINDER_SELECT, type TReminderFields, type TReminderRow } from "./reminder-select";

/**
 * A reminder for the creator (H3), on a task, company, contact or deal they may view, or on
 * nothing. The creator's direction is stamped (B3); judged, written and audited at once.
 */
export async function createReminder(
  scope: TProjectScope,
  input: TReminderFields,
): Promise<TReminderRow> {
  const { subject, project } = scope;
  const { taskId, companyId, contactId, dealId, ...fields } = input;
  return scope.db.$transaction(async (tx) => {
    const links = await findLinksOrThrow(scope, tx, {
      taskId: taskId ?? null,
      companyId: companyId ?? null,
      contactId: contactId ?? null,
      dealId: dealId ?? null,
    });
    const owner = await findOwner(tx, subject.employeeId);
    assertAllowed(
      subject,
      "create",
      "reminder",
      buildDraft({
        projectId: project.id,
        directionId: subject.directionId,
        owner,
        links,
        fields: {},
      }),
    );
    const reminder = await tx.reminder.create({
      data: {
        ...fields,
        taskId: taskId ?? null,
        companyId: companyId ?? null,
        contactId: contactId ?? null,
        dealId: dealId ?? null,
        projectId: project.id,
        responsibleId: subject.employeeId,
        directionId: subject.directionId,
      },
      select: REMINDER_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "reminder",
      recordId: reminder.id,
      after: reminder,
    });
    return reminder;
  });
}

/**
 * Saves a reminder's title, time or links at the version the caller read; `edit` is judged on
 * the stored reminder and on the reminder as it would be saved. Moving `remindAt` later is
 * how a pop-up is snoozed.
 */
export async function updateReminder(
  scope: TProjectScope,
  input: { id: string; version: number; fields: Partial<TReminderFields> },
): Promise<TReminderRow> {
  const { taskId, companyId, contactId, dealId, ...fields } = input.fields;
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("reminder", input.id, "edit", tx);
    const links = await findLinksOrThrow(scope, tx, { taskId, companyId, contactId, dealId });
    assertAllowed(scope.subject, "edit", "reminder", applyChange(stored, {}, links));
    const { after } = await changeAtVersion(scope, tx, {
      resource: "reminder",
      noun: "reminder",
      id: input.id,
      version: input.version,
      read: () =>
        tx.reminder.findUniqueOrThrow({ where: { id: input.id }, select: REMINDER_SELECT }),
      write: () =>
        tx.reminder.update({
          where: { id: input.id, version: input.version },
          data: { ...fields, taskId, companyId, contactId, dealId, version: { increment: 1 } },
          select: REMINDER_SELECT,
        }),
    });
    return after;
  });
}
