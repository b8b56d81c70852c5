"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/text-area-field";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../shared/action-error";
import type { TDealDetail } from "../shared/deal-types";

type TErrors = { subject?: string; duration?: string };

/**
 * "Log a call" on the deal: a subject, how long it took and a note. The call hangs on the
 * deal and, when the reader sees them, on its company and contact too (their timelines).
 */
export function LogCallForm({
  deal,
  onDone,
  onLogged,
}: {
  deal: TDealDetail;
  onDone: () => void;
  onLogged: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useApiError();
  const [subject, setSubject] = useState("");
  const [duration, setDuration] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<TErrors>({});
  const create = useMutation(
    trpc.activities.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.activities.pathFilter());
        setSubject("");
        setDuration("");
        setBody("");
        onLogged();
        onDone();
      },
    }),
  );
  const shown = readError(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: TErrors = {};
    if (!subject.trim()) found.subject = t("errors.validation.required");
    const minutes = duration.trim() === "" ? null : Number(duration);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440))
      found.duration = t("deals.calls.durationInvalid");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      kind: "call",
      subject: subject.trim(),
      durationMinutes: minutes,
      body: body.trim() || null,
      dealId: deal.id,
      ...(deal.company ? { companyId: deal.company.id } : {}),
      ...(deal.contact ? { contactId: deal.contact.id } : {}),
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("deals.calls.formLabel")}
      className="space-y-3 rounded-lg border border-indigo-100 bg-indigo-50/40 p-4"
    >
      <div aria-live="polite">{create.error ? <ActionError error={create.error} /> : null}</div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
        <TextField
          label={t("deals.calls.subject")}
          containerClassName="sm:col-span-3"
          value={subject}
          maxLength={200}
          required
          requiredLabel={t("common.required")}
          placeholder={t("deals.calls.subjectPlaceholder")}
          autoFocus
          onChange={(event) => setSubject(event.target.value)}
          error={errors.subject ?? shown?.fieldMessage("subject")}
        />
        <TextField
          label={t("deals.calls.duration")}
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          value={duration}
          onChange={(event) => setDuration(event.target.value)}
          error={errors.duration ?? shown?.fieldMessage("durationMinutes")}
        />
      </div>
      <TextAreaField
        label={t("deals.calls.note")}
        rows={2}
        value={body}
        maxLength={20_000}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone} disabled={create.isPending}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={create.isPending} loadingText={t("common.saving")}>
          {t("deals.calls.submit")}
        </Button>
      </div>
    </form>
  );
}
