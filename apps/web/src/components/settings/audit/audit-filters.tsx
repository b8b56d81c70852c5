"use client";

import { useId, useState, type FormEvent } from "react";

import { Button } from "~/components/ui/button";
import { DateField } from "~/components/ui/date-field";
import { Select } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { ActionError } from "../action-error";
import { EmployeePicker, type TPickedEmployee } from "../employee-picker";
import type { TSettingsError } from "../use-settings-error";
import { actionLabel, AUDIT_ACTIONS, AUDIT_RESOURCES, RESOURCE_LABELS } from "./audit-labels";

export const AUDIT_FILTER_KEYS = [
  "who",
  "email",
  "action",
  "resource",
  "record",
  "from",
  "to",
] as const;
export type TAuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type TAuditFilterValues = Record<TAuditFilterKey, string | null>;

type TAuditFiltersProps = {
  values: TAuditFilterValues;
  /** The name of the employee in `who`, when known. */
  whoName: string | null;
  onApply: (values: TAuditFilterValues) => void;
  error: TSettingsError | null;
};

/**
 * E3: who, what, which record and when. The form is applied as a whole, as one step back in
 * the browser's history; the URL holds what is applied, so a filtered log can be shared.
 */
export function AuditFilters({ values, whoName, onApply, error }: TAuditFiltersProps) {
  const t = useT();
  const actionsListId = useId();
  const [draft, setDraft] = useState(values);
  const [who, setWho] = useState<TPickedEmployee | null>(
    values.who ? { id: values.who, name: whoName ?? values.who } : null,
  );
  const [applied, setApplied] = useState({ values, whoName });
  // The URL changed under the form (back/forward, a link), or the name of the employee in it
  // arrived: show what it says now.
  if (JSON.stringify({ values, whoName }) !== JSON.stringify(applied)) {
    setApplied({ values, whoName });
    setDraft(values);
    setWho(values.who ? { id: values.who, name: whoName ?? values.who } : null);
  }
  const set = (key: TAuditFilterKey) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value.trim() || null }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, who: who?.id ?? null });
  }

  const empty = Object.fromEntries(
    AUDIT_FILTER_KEYS.map((key) => [key, null]),
  ) as TAuditFilterValues;
  const anySet = Object.values(values).some(Boolean);

  return (
    <form
      role="search"
      aria-label={t("settings.audit.filtersLabel")}
      onSubmit={submit}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-xs"
    >
      <ActionError error={error} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <EmployeePicker
          label={t("settings.audit.who")}
          value={who}
          onChange={setWho}
          error={error?.fieldMessage("employeeId")}
        />
        <TextField
          label={t("settings.audit.email")}
          type="email"
          hint={t("settings.audit.emailHint")}
          value={draft.email ?? ""}
          onChange={(event) => set("email")(event.target.value)}
          error={error?.fieldMessage("actorEmail")}
        />
        <div>
          <TextField
            label={t("settings.audit.action")}
            list={actionsListId}
            spellCheck={false}
            autoComplete="off"
            placeholder={t("settings.audit.actionPlaceholder")}
            value={draft.action ?? ""}
            onChange={(event) => set("action")(event.target.value)}
            error={error?.fieldMessage("action")}
          />
          <datalist id={actionsListId}>
            {AUDIT_ACTIONS.map((action) => {
              const label = actionLabel(action);
              return <option key={action} value={action} label={label ? t(label) : action} />;
            })}
          </datalist>
        </div>
        <Select
          label={t("settings.audit.resource")}
          value={draft.resource ?? ""}
          placeholder={t("settings.employees.any")}
          options={AUDIT_RESOURCES.map((resource) => ({
            value: resource,
            label: t(RESOURCE_LABELS[resource]),
          }))}
          onChange={(event) => set("resource")(event.target.value)}
          error={error?.fieldMessage("resource")}
        />
        <TextField
          label={t("settings.audit.record")}
          spellCheck={false}
          autoComplete="off"
          className="font-mono"
          placeholder={t("settings.audit.recordPlaceholder")}
          value={draft.record ?? ""}
          onChange={(event) => set("record")(event.target.value)}
          error={error?.fieldMessage("recordId")}
        />
        <DateField
          label={t("settings.audit.from")}
          value={draft.from ?? ""}
          onChange={(event) => set("from")(event.target.value)}
          error={error?.fieldMessage("from")}
        />
        <DateField
          label={t("settings.audit.to")}
          value={draft.to ?? ""}
          onChange={(event) => set("to")(event.target.value)}
          error={error?.fieldMessage("to")}
        />
        <div className="flex items-end gap-2">
          <Button type="submit">{t("settings.audit.apply")}</Button>
          {anySet ? (
            <Button variant="ghost" onClick={() => onApply(empty)}>
              {t("settings.audit.clear")}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
