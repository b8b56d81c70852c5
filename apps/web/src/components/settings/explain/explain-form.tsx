"use client";

import { useState, type FormEvent } from "react";

import { isResource, needsRecord, type Action, type Resource } from "@charter/core/engine";

import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { AUDIT_RESOURCES, RESOURCE_LABELS } from "../audit/audit-labels";
import { EmployeePicker, type TPickedEmployee } from "../employee-picker";
import type { TSettingsError } from "../use-settings-error";
import { ACTION_LABELS, EXPLAIN_ACTIONS, isAction } from "./explain-labels";
import { isSearchable, RecordPicker } from "./record-picker";

export type TExplainQuestion = {
  employee: TPickedEmployee | null;
  resource: Resource;
  action: Action;
  record: string;
};

type TExplainFormProps = {
  initial: TExplainQuestion;
  onAsk: (question: TExplainQuestion) => void;
  asking: boolean;
  error: TSettingsError | null;
};

/** Who, what, which action and (for records) which one: the question explain answers. */
export function ExplainForm({ initial, onAsk, asking, error }: TExplainFormProps) {
  const t = useT();
  const [question, setQuestion] = useState(initial);
  const [missing, setMissing] = useState<{ employee?: boolean; record?: boolean }>({});
  const withRecord = needsRecord(question.resource);
  const set = (patch: Partial<TExplainQuestion>) =>
    setQuestion((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      employee: !question.employee,
      record: withRecord && question.record.trim() === "",
    };
    setMissing(problems);
    if (problems.employee || problems.record) return;
    onAsk({ ...question, record: withRecord ? question.record.trim() : "" });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("settings.explain.formLabel")}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
    >
      <div className="grid gap-4 md:grid-cols-3">
        <EmployeePicker
          label={t("settings.explain.employee")}
          value={question.employee}
          onChange={(employee) => set({ employee })}
          error={
            missing.employee
              ? t("settings.explain.pickEmployee")
              : error?.fieldMessage("employeeId")
          }
        />
        <Select
          label={t("settings.explain.resource")}
          value={question.resource}
          options={AUDIT_RESOURCES.map((resource) => ({
            value: resource,
            label: t(RESOURCE_LABELS[resource]),
          }))}
          onChange={(event) => {
            const next = event.target.value;
            if (isResource(next)) set({ resource: next, record: "" });
          }}
          error={error?.fieldMessage("resource")}
        />
        <Select
          label={t("settings.explain.action")}
          value={question.action}
          options={EXPLAIN_ACTIONS.map((action) => ({
            value: action,
            label: t(ACTION_LABELS[action]),
          }))}
          onChange={(event) => {
            const next = event.target.value;
            if (isAction(next)) set({ action: next });
          }}
          error={error?.fieldMessage("action")}
        />
      </div>
      {withRecord ? (
        <div className="grid gap-4 md:grid-cols-2">
          {isSearchable(question.resource) ? (
            <RecordPicker
              key={question.resource}
              resource={question.resource}
              label={t("settings.explain.findRecord")}
              onPick={(option) => set({ record: option.value })}
            />
          ) : null}
          <TextField
            label={t("settings.explain.recordId")}
            hint={t("settings.explain.recordIdHint")}
            spellCheck={false}
            autoComplete="off"
            className="font-mono"
            value={question.record}
            onChange={(event) => set({ record: event.target.value })}
            error={
              missing.record ? t("settings.explain.recordNeeded") : error?.fieldMessage("recordId")
            }
          />
        </div>
      ) : (
        <p className="text-sm text-slate-500">{t("settings.explain.noRecord")}</p>
      )}
      <div className="flex justify-end">
        <Button type="submit" loading={asking} loadingText={t("settings.explain.asking")}>
          {t("settings.explain.ask")}
        </Button>
      </div>
    </form>
  );
}
