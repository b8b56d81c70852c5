"use client";

import Link from "next/link";

import { DataTable, type TColumn, type TSort } from "~/components/ui/data-table";
import { useT } from "~/i18n/i18n-provider";

import { DueAt } from "../shared/due-at";
import { TaskStatusBadge } from "../shared/task-status-badge";
import type { TTask } from "../shared/task-types";
import type { TTaskSort } from "./task-sort";
import { useTaskMove } from "../shared/use-task-move";
import { TaskMoveButtons } from "./task-row-actions";

type TTaskTableProps = {
  rows: TTask[] | undefined;
  loading: boolean;
  now: Date;
  empty: string;
  /** The reader may edit some tasks: the status moves are offered (each row may still be refused). */
  canMove: boolean;
  sort: TTaskSort | null;
  /** Null while only part of the list is loaded: a part is never ordered as if it were all. */
  onSortChange: ((sort: TTaskSort) => void) | null;
};

/** The tasks of the chosen view: what, when (late ones say so), whose, and the status moves. */
export function TaskTable({
  rows,
  loading,
  now,
  empty,
  canMove,
  sort,
  onSortChange,
}: TTaskTableProps) {
  const t = useT();
  const { move, pendingId } = useTaskMove();
  const columns: TColumn<TTask>[] = [
    {
      key: "title",
      header: t("tasks.column.title"),
      rowHeader: true,
      className: "min-w-56",
      cell: (task) => (
        <span className="block">
          <Link href={`/tasks/${task.id}`} className="font-medium text-indigo-700 hover:underline">
            {task.title}
          </Link>
          {task.participants.length > 0 ? (
            <span className="mt-0.5 block text-xs font-normal text-slate-500">
              {t("tasks.participantsCount", { count: task.participants.length })}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      key: "due",
      header: t("tasks.column.due"),
      sortable: onSortChange !== null,
      cell: (task) => <DueAt task={task} now={now} />,
    },
    {
      key: "status",
      header: t("tasks.column.status"),
      className: "whitespace-nowrap",
      cell: (task) => <TaskStatusBadge status={task.status} />,
    },
    {
      key: "assignee",
      header: t("tasks.column.assignee"),
      className: "whitespace-nowrap",
      cell: (task) => task.assignee?.name ?? t("tasks.assignee.nobody"),
    },
    {
      key: "setBy",
      header: t("tasks.column.setBy"),
      className: "whitespace-nowrap",
      cell: (task) => task.responsible.name,
    },
  ];
  if (canMove)
    columns.push({
      key: "actions",
      header: t("tasks.column.actions"),
      cell: (task) => <TaskMoveButtons task={task} onMove={move} busy={pendingId === task.id} />,
    });
  return (
    <DataTable
      caption={t("tasks.list.caption")}
      columns={columns}
      rows={rows}
      rowKey={(task) => task.id}
      sort={onSortChange ? sort : null}
      onSortChange={
        onSortChange
          ? (next: TSort) => onSortChange({ key: "due", direction: next.direction })
          : undefined
      }
      loading={loading}
      empty={empty}
    />
  );
}
