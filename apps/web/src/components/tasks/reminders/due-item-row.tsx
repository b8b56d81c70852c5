"use client";

import Link from "next/link";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { TaskTime } from "../shared/task-time";
import type { TDueItem } from "./use-due-popup";

type TDueItemRowProps = {
  item: TDueItem;
  /** Null when the reader may not edit this kind: the item only links to where it lives. */
  onResolve: ((item: TDueItem) => void) | null;
  error: string | null;
};

function linkOf(item: TDueItem): string | null {
  if (item.kind === "task") return `/tasks/${item.task.id}`;
  const { reminder } = item;
  // Links the reader may not see answer null, so the item leads to the next one they may.
  if (reminder.task) return `/tasks/${reminder.task.id}`;
  if (reminder.contact) return `/clients/contacts/${reminder.contact.id}`;
  if (reminder.company) return `/clients/companies/${reminder.company.id}`;
  if (reminder.deal) return `/deals/${reminder.deal.id}`;
  return null;
}

/** One due reminder or overdue task: what, since when, and the button that settles it. */
export function DueItemRow({ item, onResolve, error }: TDueItemRowProps) {
  const t = useT();
  const title = item.kind === "task" ? item.task.title : item.reminder.title;
  const at = item.kind === "task" ? item.task.dueAt : item.reminder.remindAt;
  const href = linkOf(item);
  const action = item.kind === "task" ? t("tasks.popup.markDone") : t("tasks.popup.resolve");
  return (
    <li className="space-y-2 px-4 py-2.5">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className={cn(
            "mt-1.5 size-2 shrink-0 rounded-full",
            item.kind === "task" ? "bg-red-500" : "bg-amber-500",
          )}
        />
        <div className="min-w-0 flex-1 text-sm">
          <p className="font-medium break-words text-slate-900">
            {href ? (
              <Link href={href} className="text-indigo-700 hover:underline">
                {title}
              </Link>
            ) : (
              title
            )}
          </p>
          <p className="text-xs text-slate-600">
            {item.kind === "task" ? t("tasks.popup.kindTask") : t("tasks.popup.kindReminder")}
            {at ? (
              <>
                {" · "}
                <TaskTime value={at} />
              </>
            ) : null}
          </p>
        </div>
        {onResolve ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => onResolve(item)}
            aria-label={`${action}: ${title}`}
          >
            {action}
          </Button>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </li>
  );
}
