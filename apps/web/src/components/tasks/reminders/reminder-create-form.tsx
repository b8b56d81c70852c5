"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { fromLocalInput, toLocalInput } from "../shared/local-dates";
import { useTaskInvalidation } from "../shared/use-task-invalidation";
import type { TReminderRecordRef } from "./use-record-reminders";

const HOUR_MS = 3_600_000;

/** When a new reminder defaults to: an hour before a task is due, else an hour from now. */
function defaultTime(dueAt: Date | null): Date {
  const soon = new Date(Date.now() + HOUR_MS);
  if (!dueAt) return soon;
  const before = new Date(dueAt.getTime() - HOUR_MS);
  return before.getTime() > Date.now() ? before : soon;
}

/** Adds a reminder on a task or record for the reader (SPEC H3). */
export function ReminderCreateForm({
  of,
  defaultTitle,
  dueAt = null,
  onDone,
}: {
  of: TReminderRecordRef;
  /** What the reminder says unless the reader changes it: the task's or record's name. */
  defaultTitle: string;
  /** A task's due time, to remind an hour before it. */
  dueAt?: Date | null;
  onDone: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();
  const [title, setTitle] = useState(defaultTitle);
  const [when, setWhen] = useState(() => toLocalInput(defaultTime(dueAt)));
  const [checked, setChecked] = useState(false);
  const create = useMutation(
    trpc.reminders.create.mutationOptions({
      onSuccess: async () => {
        onDone();
        await invalidate();
      },
    }),
  );
  const failure = readError(create.error);
  const remindAt = fromLocalInput(when);
  const titleError =
    checked && title.trim() === ""
      ? t("errors.validation.required")
      : failure?.fieldMessage("title");
  const whenError =
    checked && !remindAt ? t("tasks.field.dueInvalid") : failure?.fieldMessage("remindAt");

  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (title.trim() === "" || !remindAt) return;
        create.mutate({ title: title.trim(), remindAt, ...of });
      }}
    >
      <TextField
        label={t("tasks.reminders.what")}
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        error={titleError}
      />
      <TextField
        type="datetime-local"
        label={t("tasks.reminders.when")}
        value={when}
        onChange={(event) => setWhen(event.target.value)}
        error={whenError}
      />
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={create.isPending} loadingText={t("common.saving")}>
          {t("tasks.reminders.add")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onDone} disabled={create.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
