import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { buildDraft, findOwner } from "../work-records/draft";
import { findLinksOrThrow } from "../work-records/links";
import { presentTask, TASK_SELECT, type TTask, type TTaskFields } from "./task-select";
import { assertTaskPeopleOrThrow } from "./task-people";

/**
 * Sets a task (H2): the creator owns it (responsible, "set by me") and does it unless another
 * assignee is named; the assignee and participants must be active employees of the project;
 * linked records must be ones the creator may view. The creator's direction is stamped (B3).
 */
export async function createTask(
  scope: TProjectScope,
  input: TTaskFields & { participantIds?: string[] | undefined },
): Promise<TTask> {
  const { subject, project } = scope;
  const { companyId, contactId, dealId, participantIds = [], ...fields } = input;
  const assigneeId = fields.assigneeId === undefined ? subject.employeeId : fields.assigneeId;
  const participants = [...new Set(participantIds)];
  return scope.db.$transaction(async (tx) => {
    await assertTaskPeopleOrThrow(
      tx,
      { projectId: project.id, now: subject.context.now },
      { assigneeId, participantIds: participants },
    );
    const links = await findLinksOrThrow(scope, tx, {
      companyId: companyId ?? null,
      contactId: contactId ?? null,
      dealId: dealId ?? null,
    });
    const owner = await findOwner(tx, subject.employeeId);
    assertAllowed(
      subject,
      "create",
      "task",
      buildDraft({
        projectId: project.id,
        directionId: subject.directionId,
        owner,
        links,
        fields: { status: "open", assigneeId },
      }),
    );
    const task = presentTask(
      await tx.task.create({
        data: {
          ...fields,
          assigneeId,
          companyId: companyId ?? null,
          contactId: contactId ?? null,
          dealId: dealId ?? null,
          projectId: project.id,
          responsibleId: subject.employeeId,
          directionId: subject.directionId,
          participants: { create: participants.map((employeeId) => ({ employeeId })) },
        },
        select: TASK_SELECT,
      }),
    );
    await scope.writeAudit(tx, {
      action: "create",
      resource: "task",
      recordId: task.id,
      after: task,
    });
    return task;
  });
}
