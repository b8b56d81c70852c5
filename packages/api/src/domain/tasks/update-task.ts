import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { applyChange } from "../work-records/draft";
import { findLinksOrThrow } from "../work-records/links";
import { assertVersion, atVersion } from "../work-records/versions";
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
    const before = presentTask(
      await tx.task.findUniqueOrThrow({ where: { id: input.id }, select: TASK_SELECT }),
    );
    assertVersion(before, input.version, "task");
    await assertTaskPeopleOrThrow(
      tx,
      { projectId: scope.project.id, now: scope.subject.context.now },
      { assigneeId: fields.assigneeId },
    );
    const links = await findLinksOrThrow(scope, tx, { companyId, contactId, dealId });
    const changed = fields.assigneeId === undefined ? {} : { assigneeId: fields.assigneeId };
    assertAllowed(scope.subject, "edit", "task", applyChange(stored, changed, links));

    const after = presentTask(
      await atVersion("task", () =>
        tx.task.update({
          where: { id: input.id, version: input.version },
          data: { ...fields, companyId, contactId, dealId, version: { increment: 1 } },
          select: TASK_SELECT,
        }),
      ),
    );
    await scope.writeAudit(tx, {
      action: "update",
      resource: "task",
      recordId: input.id,
      before,
      after,
    });
    return after;
  });
}
