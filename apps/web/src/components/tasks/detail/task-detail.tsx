"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { isNotFoundError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { TaskMoveButtons } from "../list/task-row-actions";
import { RecordRemindersPanel } from "../reminders/record-reminders-panel";
import { TaskStatusBadge } from "../shared/task-status-badge";
import { mayOnTask } from "../shared/task-types";
import { useMinuteClock } from "../shared/use-client-clock";
import { useTaskMove } from "../shared/use-task-move";
import { TaskDeleteButton } from "./task-delete-button";
import { TaskDetails } from "./task-details";
import { TaskEditDialog } from "./task-edit-dialog";
import { TaskParticipantsPanel } from "./task-participants-panel";

/** One task's page: details, status moves, participants and the reader's reminders on it. */
export function TaskDetail({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const now = useMinuteClock();
  const { move, pendingId } = useTaskMove();
  const [editing, setEditing] = useState(false);
  const task = useQuery({
    ...trpc.tasks.get.queryOptions({ id }),
    retry: (failures, error) => !isNotFoundError(error) && failures < 2,
  });

  // A wrong id and a task out of the reader's reach look the same: not found (SPEC D7).
  if (task.error && isNotFoundError(task.error)) notFound();
  if (task.isPending) return <LoadingBlock label={t("common.loading")} lines={8} />;
  if (task.isError)
    return (
      <Alert
        tone="error"
        actions={
          <Button variant="secondary" size="sm" onClick={() => void task.refetch()}>
            {t("common.retry")}
          </Button>
        }
      >
        {t("common.loadFailed")}
      </Alert>
    );

  const data = task.data;
  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <nav aria-label={t("tasks.detail.breadcrumb")}>
          <ol className="flex items-center gap-2 text-sm text-slate-500">
            <li>
              <Link href="/tasks" className="hover:text-slate-900 hover:underline">
                {t("tasks.title")}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="truncate font-medium text-slate-700">
              {data.title}
            </li>
          </ol>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex min-w-0 flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">
              {data.title}
            </h1>
            <TaskStatusBadge status={data.status} />
          </div>
          <div className="flex flex-wrap gap-2">
            {mayOnTask(data, "edit") ? (
              <>
                <TaskMoveButtons task={data} onMove={move} busy={pendingId === data.id} size="md" />
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t("common.edit")}
                </Button>
              </>
            ) : null}
            {mayOnTask(data, "delete") ? <TaskDeleteButton task={data} /> : null}
          </div>
        </div>
      </header>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TaskDetails task={data} now={now} />
        </div>
        <div className="space-y-6">
          <TaskParticipantsPanel task={data} canEdit={mayOnTask(data, "edit")} />
          <RecordRemindersPanel
            of={{ taskId: data.id }}
            defaultTitle={data.title}
            dueAt={data.dueAt}
          />
        </div>
      </div>
      {editing ? <TaskEditDialog task={data} onClose={() => setEditing(false)} /> : null}
    </article>
  );
}
