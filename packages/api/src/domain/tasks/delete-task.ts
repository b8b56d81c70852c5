import type { TProjectScope } from "../access/project-scope";
import { saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { presentTask, TASK_SELECT } from "./task-select";

/**
 * Deletes a task with its audit entry. Its participants and reminders go with it (the schema
 * cascades them) and the entry names the reminders; logged time stays, unlinked.
 */
export async function deleteTask(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<{ deletedReminders: number }> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("task", input.id, "delete", tx);
    const before = presentTask(
      await tx.task.findUniqueOrThrow({ where: { id: input.id }, select: TASK_SELECT }),
    );
    if (before.version !== input.version) throw staleVersion("task");
    const reminders = await tx.reminder.findMany({
      where: { taskId: input.id },
      select: { id: true, title: true, remindAt: true, responsibleId: true },
    });
    await saveAtVersion("task", () =>
      tx.task.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "task",
      recordId: input.id,
      before: { ...before, deletedReminders: reminders },
    });
    return { deletedReminders: reminders.length };
  });
}
