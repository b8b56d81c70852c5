import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion, saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { REMINDER_SELECT, type TReminderRow } from "./reminder-select";

/**
 * Marks a reminder done at the request's time, which ends its pop-up (H3); an edit of the
 * reminder at the version the caller read.
 */
export async function resolveReminder(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<TReminderRow> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("reminder", input.id, "edit", tx);
    const { after } = await changeAtVersion(scope, tx, {
      resource: "reminder",
      noun: "reminder",
      action: "resolve",
      id: input.id,
      version: input.version,
      read: async () => {
        const row = await tx.reminder.findUniqueOrThrow({
          where: { id: input.id },
          select: REMINDER_SELECT,
        });
        if (row.resolvedAt) throw new AppError("CONFLICT", { key: "tasks.reminderResolved" });
        return row;
      },
      write: () =>
        tx.reminder.update({
          where: { id: input.id, version: input.version },
          data: { resolvedAt: scope.subject.context.now, version: { increment: 1 } },
          select: REMINDER_SELECT,
        }),
    });
    return after;
  });
}

/** Deletes a reminder at the version the caller read, with its audit entry. */
export async function deleteReminder(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("reminder", input.id, "delete", tx);
    const before = await tx.reminder.findUniqueOrThrow({
      where: { id: input.id },
      select: REMINDER_SELECT,
    });
    if (before.version !== input.version) throw staleVersion("reminder");
    await saveAtVersion("reminder", () =>
      tx.reminder.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "reminder",
      recordId: input.id,
      before,
    });
  });
}
