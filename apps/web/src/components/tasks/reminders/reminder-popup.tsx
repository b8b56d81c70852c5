"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useSessionRights } from "~/lib/use-session-rights";
import { useTRPC } from "~/trpc/react";

import { useTaskInvalidation } from "../shared/use-task-invalidation";
import { DueItemRow } from "./due-item-row";
import { useDuePopup, type TDueItem } from "./use-due-popup";

/**
 * The reminder pop-up (SPEC H3), mounted once in the signed-in layout. It is a non-modal
 * dialog in the corner: it appears while the employee may be typing, so it never takes focus
 * or blocks the page; a polite status announces it, and it sits early in the tab order.
 * Escape or × snoozes it for one interval, like "Snooze".
 */
export function ReminderPopup({ employeeId }: { employeeId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();
  const titleId = useId();
  const descriptionId = useId();
  const [resolving, setResolving] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const popup = useDuePopup(employeeId, resolving);
  const rights = useSessionRights();
  const resolveReminder = useMutation(trpc.reminders.resolve.mutationOptions());
  const completeTask = useMutation(trpc.tasks.complete.mutationOptions());

  function settle(item: TDueItem) {
    // The item leaves at once; a refusal brings it back with the reason beside it.
    setResolving((current) => new Set(current).add(item.key));
    setErrors(({ [item.key]: _dropped, ...rest }) => rest);
    const callbacks = {
      onError: (error: unknown) => {
        setResolving((current) => {
          const next = new Set(current);
          next.delete(item.key);
          return next;
        });
        setErrors((current) => ({
          ...current,
          [item.key]: readError(error)?.message ?? t("errors.unexpected"),
        }));
      },
      onSettled: () => void invalidate(),
    };
    if (item.kind === "reminder")
      resolveReminder.mutate({ id: item.reminder.id, version: item.reminder.version }, callbacks);
    else completeTask.mutate({ id: item.task.id, version: item.task.version }, callbacks);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      popup.snooze();
    }
  };

  return (
    <>
      <p role="status" className="sr-only">
        {popup.shown ? t("tasks.popup.announce", { count: popup.items.length }) : ""}
      </p>
      {popup.shown && popup.intervalMinutes ? (
        <section
          role="dialog"
          aria-modal="false"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          onKeyDown={onKeyDown}
          className="fixed right-4 bottom-4 z-40 flex max-h-[min(24rem,calc(100vh-2rem))] w-96 max-w-[calc(100vw-2rem)] flex-col rounded-xl border border-amber-200 bg-white shadow-2xl ring-1 ring-slate-900/5"
        >
          <header className="flex items-start justify-between gap-3 rounded-t-xl border-b border-amber-100 bg-amber-50 px-4 py-3">
            <div>
              <h2 id={titleId} className="text-sm font-semibold text-slate-900">
                {t("tasks.popup.title", { count: popup.items.length })}
              </h2>
              <p id={descriptionId} className="mt-0.5 text-xs text-slate-600">
                {t("tasks.popup.description", { minutes: popup.intervalMinutes })}
              </p>
            </div>
            <button
              type="button"
              onClick={popup.snooze}
              aria-label={t("tasks.popup.close", { minutes: popup.intervalMinutes })}
              className="-mr-1 rounded-md p-1 text-slate-500 hover:bg-amber-100 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none"
            >
              <span aria-hidden="true" className="block size-5 text-xl leading-5">
                ×
              </span>
            </button>
          </header>
          <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto">
            {popup.items.map((item) => (
              <DueItemRow
                key={item.key}
                item={item}
                onResolve={rights.may(item.kind, "edit") === false ? null : settle}
                error={errors[item.key] ?? null}
              />
            ))}
          </ul>
          <footer className="flex flex-wrap items-center justify-between gap-2 rounded-b-xl border-t border-slate-100 bg-slate-50 px-4 py-2.5">
            <p className="text-xs text-slate-500">
              {popup.truncated ? t("tasks.popup.truncated") : null}
            </p>
            <Button size="sm" variant="secondary" onClick={popup.snooze}>
              {t("tasks.popup.snooze", { minutes: popup.intervalMinutes })}
            </Button>
          </footer>
        </section>
      ) : null}
    </>
  );
}
