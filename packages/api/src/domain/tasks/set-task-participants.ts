import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion } from "../versioning/versioned-change";
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
    await assertTaskPeopleOrThrow(
      tx,
      { projectId: scope.project.id, now: scope.subject.context.now },
      { participantIds: participants },
    );
    const read = async () =>
      presentTask(
        await tx.task.findUniqueOrThrow({ where: { id: input.id }, select: TASK_SELECT }),
      );
    const { after } = await changeAtVersion(scope, tx, {
      resource: "task",
      noun: "task",
      action: "set_participants",
      id: input.id,
      version: input.version,
      read,
      write: async () => {
        // The version bump comes first: it matches only the version read, and locks the row.
        await tx.task.update({
          where: { id: input.id, version: input.version },
          data: { version: { increment: 1 } },
          select: { id: true },
        });
        await tx.taskParticipant.deleteMany({
          where: { taskId: input.id, employeeId: { notIn: participants } },
        });
        await tx.taskParticipant.createMany({
          data: participants.map((employeeId) => ({ taskId: input.id, employeeId })),
          skipDuplicates: true,
        });
        return read();
      },
    });
    return after;
  });
}
