// How a task's status moves (the API's complete / reopen / cancel), applied ahead of the
// server's answer so the list reacts at once; the answer then replaces the guess.

export type TTaskStatus = "open" | "done" | "cancelled";
export type TTaskMove = "complete" | "reopen" | "cancel";

type TMovable = { status: TTaskStatus; completedAt: Date | null; version: number };

const MOVES: Record<TTaskMove, { from: readonly TTaskStatus[]; to: TTaskStatus }> = {
  complete: { from: ["open"], to: "done" },
  reopen: { from: ["done", "cancelled"], to: "open" },
  cancel: { from: ["open"], to: "cancelled" },
};

/** The moves a task in this status can take, in the order the UI offers them. */
export function movesFrom(status: TTaskStatus): TTaskMove[] {
  return (Object.keys(MOVES) as TTaskMove[]).filter((move) => MOVES[move].from.includes(status));
}

/** The task as the server will save it (its version moves by one with every change). */
export function applyMove<T extends TMovable>(task: T, move: TTaskMove, now: Date): T {
  const to = MOVES[move].to;
  return {
    ...task,
    status: to,
    completedAt: to === "done" ? now : null,
    version: task.version + 1,
  };
}

/** An open task whose due time has passed. */
export function isOverdue(task: { status: TTaskStatus; dueAt: Date | null }, now: Date): boolean {
  return task.status === "open" && task.dueAt !== null && task.dueAt.getTime() < now.getTime();
}
