"use client";

import { useEffect, useId, useMemo, useRef } from "react";

import { findField, type IdRef, type Resource } from "@charter/core/engine";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/select";
import { TextAreaField } from "~/components/ui/text-area-field";
import { useT } from "~/i18n/i18n-provider";

import {
  addRow,
  removeRow,
  toggleJson,
  withRows,
  type TBuilderState,
} from "./condition-builder-state";
import type { TConditionIssue } from "./condition-issues";
import { Refused, RowError, Unrepresentable } from "./condition-builder-notes";
import {
  COMBINE_LABELS,
  FIELD_LABELS,
  OPERATOR_LABELS,
  type TConditionSubject,
} from "./condition-labels";
import {
  changeRowField,
  changeRowOperator,
  conditionFields,
  isCombine,
  rowOperators,
  type TConditionRow,
} from "./condition-rows";
import { ConditionValueInput } from "./condition-value-input";
import { useConditionChoices } from "./use-condition-choices";

type TBuilderProps = {
  resource: Resource;
  state: TBuilderState;
  onChange: (state: TBuilderState) => void;
  /** The server's issues with the condition last sent, placed on their rows. */
  issues: readonly TConditionIssue[];
  /** No rows are allowed and mean no condition (an override then holds on every record). */
  optional?: boolean;
  /** Whom `$me` and the other variables stand for. */
  subject?: TConditionSubject;
};

/**
 * A condition as rows of field · comparison · value joined by "all" or "any", from the
 * fields the engine lets a condition read on the resource; "Edit as JSON" writes the same
 * condition by hand, for what rows cannot say (nested groups, "not").
 */
export function ConditionBuilder({
  resource,
  state,
  onChange,
  issues,
  optional = false,
  subject = "holder",
}: TBuilderProps) {
  const t = useT();
  const baseId = useId();
  // Where the focus goes once the rows re-render: a row just added, or Add after a removal.
  const focusNext = useRef<string | null>(null);
  const fields = conditionFields(resource);
  const refs = useMemo(() => {
    const wanted = new Set<IdRef>();
    if (state.mode === "rows") {
      for (const row of state.rows.rows) {
        const type = findField(resource, row.path)?.type;
        if (type?.kind === "id") wanted.add(type.ref);
      }
    }
    return wanted;
  }, [state, resource]);
  const { choicesOf } = useConditionChoices(refs);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  if (fields.length === 0) {
    return <p className="text-sm text-slate-600">{t("settings.conditions.noFields")}</p>;
  }

  const toggle = (
    <Button
      variant="ghost"
      size="sm"
      aria-pressed={state.mode === "json"}
      className={state.mode === "json" ? "bg-indigo-50 text-indigo-800" : undefined}
      onClick={() => onChange(toggleJson(state, resource))}
    >
      {t("settings.conditions.editAsJson")}
    </Button>
  );

  if (state.mode === "json") {
    const problem = state.notJson ? (
      t("settings.conditions.notJson")
    ) : issues.length > 0 ? (
      <Refused text={issues.map((issue) => `${issue.path}: ${issue.message}`).join(" ")} />
    ) : undefined;
    return (
      <div className="space-y-2">
        <div className="flex justify-end">{toggle}</div>
        {state.notice ? (
          <Alert tone="warning">
            <Unrepresentable notice={state.notice} />
          </Alert>
        ) : null}
        <TextAreaField
          label={t("settings.conditions.json")}
          hint={t("settings.roles.conditionHint")}
          rows={8}
          spellCheck={false}
          className="font-mono text-xs"
          value={state.text}
          onChange={(event) =>
            onChange({ ...state, text: event.target.value, notJson: false, notice: null })
          }
          error={problem}
        />
      </div>
    );
  }

  const { rows, keys, problems } = state;
  const setRow = (index: number, row: TConditionRow) =>
    onChange(
      withRows(state, { ...rows, rows: rows.rows.map((each, at) => (at === index ? row : each)) }),
    );
  const wholeIssues = issues.filter((issue) => issue.row === null || issue.row >= rows.rows.length);

  return (
    <div role="group" aria-labelledby={`${baseId}-legend`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span id={`${baseId}-legend`} className="text-sm font-medium text-slate-800">
          {t("settings.conditions.legend")}
        </span>
        {toggle}
      </div>
      {rows.rows.length === 0 && optional ? (
        <p className="text-sm text-slate-600">{t("settings.conditions.none")}</p>
      ) : null}
      {rows.rows.length > 1 ? (
        <Select
          label={t("settings.conditions.combine")}
          value={rows.combine}
          options={(["all", "any"] as const).map((value) => ({
            value,
            label: t(COMBINE_LABELS[value]),
          }))}
          onChange={(event) => {
            const combine = event.target.value;
            if (isCombine(combine)) onChange(withRows(state, { ...rows, combine }));
          }}
          containerClassName="max-w-xs"
        />
      ) : null}
      <ol
        aria-label={t("settings.conditions.rowsLabel")}
        hidden={rows.rows.length === 0}
        className="space-y-2"
      >
        {rows.rows.map((row, index) => {
          const key = keys[index] ?? index;
          const field = findField(resource, row.path);
          const missing = problems.find((problem) => problem.row === index);
          const serverSays = issues.filter((issue) => issue.row === index);
          const error = missing ? (
            t(
              missing.problem === "values"
                ? "settings.conditions.needsValues"
                : "settings.conditions.needsValue",
            )
          ) : serverSays.length > 0 ? (
            <Refused text={serverSays.map((issue) => issue.message).join(" ")} />
          ) : undefined;
          const number = index + 1;
          return (
            <li key={key}>
              <fieldset className="grid gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_auto] sm:items-start">
                <legend className="sr-only">{t("settings.conditions.rowLabel", { number })}</legend>
                <Select
                  id={`${baseId}-field-${key}`}
                  label={t("settings.conditions.field")}
                  hideLabel
                  value={row.path}
                  options={fields.map(({ path, field: spec }) => ({
                    value: path,
                    label: FIELD_LABELS[path] ? t(FIELD_LABELS[path]) : spec.label,
                  }))}
                  onChange={(event) => setRow(index, changeRowField(resource, event.target.value))}
                />
                <Select
                  label={t("settings.conditions.operator")}
                  hideLabel
                  value={row.operator}
                  options={(field ? rowOperators(field) : [row.operator]).map((value) => ({
                    value,
                    label: t(OPERATOR_LABELS[value]),
                  }))}
                  onChange={(event) => {
                    const operator = field
                      ? rowOperators(field).find((value) => value === event.target.value)
                      : undefined;
                    if (operator) setRow(index, changeRowOperator(row, operator));
                  }}
                />
                <div className="empty:hidden sm:col-span-2">
                  {field ? (
                    <ConditionValueInput
                      key={`${row.path}:${row.operator === "in" ? "many" : "one"}`}
                      field={field}
                      row={row}
                      onChange={(next) => setRow(index, next)}
                      choices={
                        field.type.kind === "id" ? choicesOf(field.type.ref, resource) : null
                      }
                      subject={subject}
                      error={error}
                    />
                  ) : null}
                  {row.operator === "empty" || row.operator === "notEmpty" ? (
                    <RowError>{error}</RowError>
                  ) : null}
                </div>
                <Button
                  variant="ghost"
                  size="sm"
                  className="sm:col-start-3 sm:row-start-1"
                  aria-label={t("settings.conditions.removeRow", { number })}
                  disabled={!optional && rows.rows.length === 1}
                  onClick={() => {
                    onChange(removeRow(state, index));
                    focusNext.current = `${baseId}-add`;
                  }}
                >
                  {t("settings.org.groups.remove")}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {problems.some((problem) => problem.row === null) ? (
        <RowError>{t("settings.conditions.noRows")}</RowError>
      ) : null}
      {wholeIssues.length > 0 ? (
        <RowError>
          <Refused text={wholeIssues.map((issue) => `${issue.path}: ${issue.message}`).join(" ")} />
        </RowError>
      ) : null}
      <Button
        id={`${baseId}-add`}
        variant="secondary"
        size="sm"
        onClick={() => {
          const added = addRow(state, resource);
          onChange(added.state);
          focusNext.current = `${baseId}-field-${added.key}`;
        }}
      >
        {t("settings.conditions.addRow")}
      </Button>
    </div>
  );
}
