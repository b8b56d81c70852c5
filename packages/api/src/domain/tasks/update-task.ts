import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion } from "../versioning/versioned-change";
import { applyChange } from "../work-records/draft";
import { findLinksOrThrow } from "../work-records/links";
import { presentTask, TASK_SELECT, type TTask, type TTaskFields } from "./task-select";
import { assertTaskPeopleOrThrow } from "./task-people";

/**
 * Saves a task's fields at the version the caller read. `edit` is judged on the stored task
 * and on the task as it would be saved (handing a task on must leave it one the editor may
 * edit, e.g. a Programmer's "assigned to me"). Status and the owner have their own procedures.
 */
export async function updateTask(
  scope: TProjectScope,
  input: { id: string; version: number; fields: Partial<TTaskFields> },
): Promise<TTask> {
  const { companyId, contactId, dealId, ...fields } = input.fields;
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("task", input.id, "edit", tx);
    await assertTaskPeopleOrThrow(
      tx,
      { projectId: scope.project.id, now: scope.subject.context.now },
      { assigneeId: fields.assigneeId },
    );
    const links = await findLinksOrThrow(scope, tx, { companyId, contactId, dealId });
    const changed = fields.assigneeId === undefined ? {} : { assigneeId: fields.assigneeId };
    assertAllowed(scope.subject, "edit", "task", applyChange(stored, changed, links));
    const { after } = await changeAtVersion(scope, tx, {
      resource: "task",
      noun: "task",
      id: input.id,
      version: input.version,
      read: async () =>
        presentTask(
          await tx.task.findUniqueOrThrow({ where: { id: input.id }, select: TASK_SELECT }),
        ),
      write: async () =>
        presentTask(
          await tx.task.update({
            where: { id: input.id, version: input.version },
            data: { ...fields, companyId, contactId, dealId, version: { increment: 1 } },
            select: TASK_SELECT,
          }),
        ),
    });
    return after;
  });
}
