import type { TProjectScope } from "../access/project-scope";
import { assertVersion, atVersion } from "../work-records/versions";
import { presentTask, TASK_SELECT, type TTask } from "./task-select";
import { assertTaskPeopleOrThrow } from "./task-people";

/**
 * Replaces a task's participants with the list given, at the version the caller read (the
 * task's version moves with them, so two people editing the list cannot both win). Needs
 * `edit` on the task; every participant must be an active employee of the project.
 */
export async function setTaskParticipants(
  scope: TProjectScope,
  input: { id: string; version: number; participantIds: string[] },
): Promise<TTask> {
  const participants = [...new Set(input.participantIds)];
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("task", input.id, "edit", tx);
    const before = presentTask(
      await tx.task.findUniqueOrThrow({ where: { id: input.id }, select: TASK_SELECT }),
    );
    assertVersion(before, input.version, "task");
    await assertTaskPeopleOrThrow(
      tx,
      { projectId: scope.project.id, now: scope.subject.context.now },
      { participantIds: participants },
    );
    await atVersion("task", () =>
      tx.task.update({
        where: { id: input.id, version: input.version },
        data: { version: { increment: 1 } },
        select: { id: true },
      }),
    );
    await tx.taskParticipant.deleteMany({
      where: { taskId: input.id, employeeId: { notIn: participants } },
    });
    await tx.taskParticipant.createMany({
      data: participants.map((employeeId) => ({ taskId: input.id, employeeId })),
      skipDuplicates: true,
    });
    const after = presentTask(
      await tx.task.findUniqueOrThrow({ where: { id: input.id }, select: TASK_SELECT }),
    );
    await scope.writeAudit(tx, {
      action: "set_participants",
      resource: "task",
      recordId: input.id,
      before: { participants: before.participants },
      after: { participants: after.participants },
    });
    return after;
  });
}
