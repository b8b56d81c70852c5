"use client";

import { Badge } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { isOverdue, type TTaskStatus } from "./task-moves";
import { TaskTime } from "./task-time";
import { useIsClient } from "./use-client-clock";

type TDueAtProps = {
  task: { status: TTaskStatus; dueAt: Date | null };
  now: Date;
};

/** When a task is due; a late open task says "Overdue" in words as well as in red. */
export function DueAt({ task, now }: TDueAtProps) {
  const t = useT();
  const inBrowser = useIsClient();
  if (!task.dueAt) return <span className="text-slate-400">{t("tasks.due.none")}</span>;
  const late = inBrowser && isOverdue(task, now);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={cn("whitespace-nowrap", late && "font-semibold text-red-700")}>
        <TaskTime value={task.dueAt} />
      </span>
      {late ? <Badge tone="danger">{t("tasks.due.overdue")}</Badge> : null}
    </span>
  );
}
