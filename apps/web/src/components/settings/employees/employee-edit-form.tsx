"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { useSettingsError } from "../use-settings-error";
import { changedEmployeeFields, toEmployeeForm, type TEmployeeForm } from "./employee-form";
import type { TEmployee } from "./employee-labels";
import { PlacementFields } from "./placement-fields";

/**
 * C1: an employee's details, responsible and place in the company, list flag and reminder
 * interval. Only what changed is sent, at the version read; the parent keys this form by that
 * version, so after a save (or a reload) it starts from what the server holds.
 */
export function EmployeeEditForm({ employee, canEdit }: { employee: TEmployee; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useSettingsError();
  const [form, setForm] = useState<TEmployeeForm>(() => toEmployeeForm(employee));
  const [unchanged, setUnchanged] = useState(false);
  const patch = (next: Partial<TEmployeeForm>) => {
    setUnchanged(false);
    setForm((current) => ({ ...current, ...next }));
  };

  const update = useMutation(
    trpc.employees.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.employees.pathKey() });
        toast(t("settings.employees.saved"), "success");
      },
    }),
  );
  const error = readError(update.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = changedEmployeeFields(employee, form);
    if (!fields) return setUnchanged(true);
    update.mutate({ id: employee.id, version: employee.version, fields });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <ActionError error={error} />
      {error?.kind === "conflict" ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => void queryClient.invalidateQueries({ queryKey: trpc.employees.pathKey() })}
        >
          {t("settings.employees.reload")}
        </Button>
      ) : null}
      <fieldset disabled={!canEdit} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("settings.employees.name")}
            required
            requiredLabel={t("common.required")}
            maxLength={200}
            value={form.name}
            onChange={(event) => patch({ name: event.target.value })}
            error={error?.fieldMessage("name")}
          />
          <TextField
            label={t("settings.employees.position")}
            maxLength={200}
            value={form.position}
            onChange={(event) => patch({ position: event.target.value })}
            error={error?.fieldMessage("position")}
          />
          <TextField
            label={t("settings.employees.phone")}
            type="tel"
            maxLength={50}
            value={form.phone}
            onChange={(event) => patch({ phone: event.target.value })}
            error={error?.fieldMessage("phone")}
          />
          <TextField
            label={t("settings.employees.reminderInterval")}
            type="number"
            inputMode="numeric"
            min={1}
            max={10080}
            hint={t("settings.employees.reminderIntervalHint")}
            value={form.reminderIntervalMinutes}
            onChange={(event) => patch({ reminderIntervalMinutes: event.target.value })}
            error={error?.fieldMessage("reminderIntervalMinutes")}
          />
        </div>
        <PlacementFields
          userType={employee.userType}
          selfId={employee.id}
          value={form}
          onChange={patch}
          error={error}
        />
        <Checkbox
          label={t("settings.employees.shownInList")}
          hint={t("settings.employees.shownInListHint")}
          checked={form.shownInList}
          onChange={(event) => patch({ shownInList: event.target.checked })}
        />
      </fieldset>
      {canEdit ? (
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-4">
          {unchanged ? (
            <p role="status" className="text-sm text-slate-600">
              {t("settings.employees.nothingChanged")}
            </p>
          ) : null}
          <Button type="submit" loading={update.isPending} loadingText={t("common.saving")}>
            {t("common.save")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
