"use client";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";

import { movesFrom, type TTaskMove } from "../shared/task-moves";
import type { TTask } from "../shared/task-types";

const LABELS = {
  complete: "tasks.action.complete",
  reopen: "tasks.action.reopen",
  cancel: "tasks.action.cancel",
} as const;

type TTaskMoveButtonsProps = {
  task: TTask;
  onMove: (task: TTask, move: TTaskMove) => void;
  busy: boolean;
  size?: "sm" | "md";
};

/**
 * The status moves open to a task: Mark done and Cancel task while open, Reopen once closed.
 * Each button's name ends with the task's title, so a list of them is told apart by ear.
 */
export function TaskMoveButtons({ task, onMove, busy, size = "sm" }: TTaskMoveButtonsProps) {
  const t = useT();
  return (
    <div className="flex flex-wrap gap-2 sm:flex-nowrap">
      {movesFrom(task.status).map((move) => (
        <Button
          key={move}
          size={size}
          variant={move === "complete" ? "primary" : move === "cancel" ? "ghost" : "secondary"}
          disabled={busy}
          onClick={() => onMove(task, move)}
          // The visible word first, so speech input still finds the button by what it says.
          aria-label={`${t(LABELS[move])}: ${task.title}`}
        >
          {t(LABELS[move])}
        </Button>
      ))}
    </div>
  );
}
