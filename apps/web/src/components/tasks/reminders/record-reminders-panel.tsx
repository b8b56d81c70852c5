"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Panel } from "~/components/ui/panel";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useSessionRights } from "~/lib/use-session-rights";
import { useTRPC } from "~/trpc/react";

import { TaskTime } from "../shared/task-time";
import type { TReminder } from "../shared/task-types";
import { useTaskInvalidation } from "../shared/use-task-invalidation";
import { ReminderCreateForm } from "./reminder-create-form";
import { useRecordReminders, type TReminderRecordRef } from "./use-record-reminders";

/**
 * The reader's open reminders on a task or a client card's record, with a way to add one
 * and to resolve each.
 */
export function RecordRemindersPanel({
  of,
  defaultTitle,
  dueAt,
}: {
  of: TReminderRecordRef;
  defaultTitle: string;
  dueAt?: Date | null;
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const { pages, reminders } = useRecordReminders(of);
  // Offered unless the server says no; it checks every call regardless.
  const rights = useSessionRights();
  return (
    <Panel
      title={t("tasks.reminders.title")}
      aside={
        adding || rights.may("reminder", "create") === false ? null : (
          <Button variant="link" size="sm" onClick={() => setAdding(true)}>
            {t("tasks.reminders.new")}
          </Button>
        )
      }
    >
      <div className="space-y-3">
        <p className="text-xs text-slate-500">{t("tasks.reminders.onlyYours")}</p>
        {adding ? (
          <ReminderCreateForm
            of={of}
            defaultTitle={defaultTitle}
            dueAt={dueAt}
            onDone={() => setAdding(false)}
          />
        ) : null}
        {pages.isPending ? (
          <LoadingBlock label={t("common.loading")} lines={2} />
        ) : pages.isError ? (
          <Alert tone="error">{t("common.loadFailed")}</Alert>
        ) : reminders && reminders.length > 0 ? (
          <ul className="divide-y divide-slate-100">
            {reminders.map((reminder) => (
              <ReminderRow
                key={reminder.id}
                reminder={reminder}
                canResolve={rights.may("reminder", "edit") !== false}
              />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("tasks.reminders.none")}</p>
        )}
        {pages.hasNextPage ? (
          <Button
            variant="secondary"
            size="sm"
            loading={pages.isFetchingNextPage}
            loadingText={t("common.loadingMore")}
            onClick={() => void pages.fetchNextPage()}
          >
            {t("tasks.reminders.lookFurther")}
          </Button>
        ) : null}
      </div>
    </Panel>
  );
}

function ReminderRow({ reminder, canResolve }: { reminder: TReminder; canResolve: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();
  const resolve = useMutation(trpc.reminders.resolve.mutationOptions({ onSettled: invalidate }));
  const failure = readError(resolve.error);
  return (
    <li className="space-y-2 py-2 first:pt-0 last:pb-0">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0 text-sm">
          <p className="font-medium break-words text-slate-900">{reminder.title}</p>
          <p className="text-slate-600">
            <TaskTime value={reminder.remindAt} />
          </p>
        </div>
        {canResolve ? (
          <Button
            variant="secondary"
            size="sm"
            loading={resolve.isPending}
            onClick={() => resolve.mutate({ id: reminder.id, version: reminder.version })}
            aria-label={`${t("tasks.reminders.resolve")}: ${reminder.title}`}
          >
            {t("tasks.reminders.resolve")}
          </Button>
        ) : null}
      </div>
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
    </li>
  );
}
