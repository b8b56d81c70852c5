import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion } from "../versioning/versioned-change";
import { presentTask, TASK_SELECT, type TTask, type TTaskStatus } from "./task-select";

export type TTaskMove = "complete" | "reopen" | "cancel";

const MOVES: Record<TTaskMove, { from: readonly TTaskStatus[]; to: TTaskStatus }> = {
  complete: { from: ["open"], to: "done" },
  reopen: { from: ["done", "cancelled"], to: "open" },
  cancel: { from: ["open"], to: "cancelled" },
};

const REFUSALS = {
  complete: "tasks.completeOnlyOpen",
  reopen: "tasks.alreadyOpen",
  cancel: "tasks.cancelOnlyOpen",
} as const satisfies Record<TTaskMove, string>;

/**
 * Completes, reopens or cancels a task at the version the caller read; needs `edit` on the
 * stored task. Only the stored task is judged: a move to done is the natural last edit of a
 * task one may edit while open, and a status condition must not make it impossible. Completing
 * stamps `completedAt` with the request's time, so a closed task stops being due (H3).
 */
export async function changeTaskStatus(
  scope: TProjectScope,
  input: { id: string; version: number },
  move: TTaskMove,
): Promise<TTask> {
  const { from, to } = MOVES[move];
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("task", input.id, "edit", tx);
    if (!from.includes(stored.status as TTaskStatus))
      throw new AppError("CONFLICT", { key: REFUSALS[move] });
    const { after } = await changeAtVersion(scope, tx, {
      resource: "task",
      noun: "task",
      action: move,
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
            data: {
              status: to,
              completedAt: to === "done" ? scope.subject.context.now : null,
              version: { increment: 1 },
            },
            select: TASK_SELECT,
          }),
        ),
    });
    return after;
  });
}
