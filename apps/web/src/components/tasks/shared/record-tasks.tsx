"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Badge } from "~/components/ui/badge";
import { LocalTime } from "~/components/ui/local-time";
import { Panel } from "~/components/ui/panel";
import { Skeleton } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { TASK_STATUS_LABELS } from "./task-status-badge";

/** A record tasks hang on: a deal's page or a client card shows its own. */
export type TTaskRecordRef = { dealId: string } | { companyId: string } | { contactId: string };

/**
 * The record's tasks the reader may see, open ones first (on a deal, those a stage's chain
 * made too). A reader who may see no task at all is told so, not shown an error.
 */
export function RecordTasks({ of }: { of: TTaskRecordRef }) {
  const t = useT();
  const trpc = useTRPC();
  const tasks = useQuery(
    trpc.tasks.list.queryOptions(
      { filter: { view: "all", ...of }, limit: 50 },
      { retry: (failures, error) => failures < 2 && readApiError(error).kind === "network" },
    ),
  );
  const items = [...(tasks.data?.items ?? [])].sort(
    (a, b) => Number(a.status !== "open") - Number(b.status !== "open"),
  );

  return (
    <Panel title={t("tasks.related.title")}>
      {tasks.isPending ? (
        <div className="space-y-2">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : tasks.isError ? (
        <p className="text-sm text-slate-500">
          {readApiError(tasks.error).kind === "forbidden"
            ? t("tasks.related.noAccess")
            : t("common.loadFailed")}
        </p>
      ) : items.length === 0 ? (
        <p className="text-sm text-slate-500">{t("tasks.related.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((task) => (
            <li key={task.id} className="space-y-0.5">
              <div className="flex items-start justify-between gap-2">
                <Link
                  href={`/tasks/${task.id}`}
                  className={
                    "text-sm font-medium hover:underline " +
                    (task.status === "open" ? "text-indigo-700" : "text-slate-500 line-through")
                  }
                >
                  {task.title}
                </Link>
                {task.status === "open" ? null : (
                  <Badge tone={task.status === "done" ? "success" : "neutral"}>
                    {t(TASK_STATUS_LABELS[task.status])}
                  </Badge>
                )}
              </div>
              <p className="text-xs text-slate-500">
                {task.dueAt ? (
                  <>
                    {t("tasks.related.due")} <LocalTime value={task.dueAt} />
                  </>
                ) : (
                  t("tasks.related.noDue")
                )}
                {task.assignee ? ` · ${task.assignee.name}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
