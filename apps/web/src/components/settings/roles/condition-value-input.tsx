"use client";

import { useState, type ReactNode } from "react";

import type { ConditionValue, FieldSpec } from "@charter/core/engine";

import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { ChoiceList, GroupedSelect } from "./condition-choice-controls";
import {
  KIND_LABELS,
  VARIABLE_GROUP_LABELS,
  VARIABLE_LABELS,
  type TConditionSubject,
} from "./condition-labels";
import { isVariableName, rowVariables, type TConditionRow } from "./condition-rows";
import type { TRefChoices, TValueChoice } from "./use-condition-choices";

type TValueInputProps = {
  field: FieldSpec;
  row: TConditionRow;
  onChange: (row: TConditionRow) => void;
  /** The ids to pick from, for an id field. */
  choices: TRefChoices | null;
  /** Whom the variables stand for, as the reader is told. */
  subject: TConditionSubject;
  error?: ReactNode;
};

const TYPED = "__typed__";

/**
 * The value side of one row, as the field's type asks: a choice of kinds, yes or no, a
 * number, words, or ids picked from their list with the variables ("the holder") first.
 * "Is one of" picks several.
 */
export function ConditionValueInput({
  field,
  row,
  onChange,
  choices,
  subject,
  error,
}: TValueInputProps) {
  const t = useT();
  if (row.operator === "empty" || row.operator === "notEmpty") return null;
  const setValue = (value: ConditionValue | null) => onChange({ ...row, value });
  const setValues = (values: ConditionValue[]) => onChange({ ...row, values });
  const type = field.type;
  const many = row.operator === "in";
  const label = t(many ? "settings.conditions.values" : "settings.conditions.value");

  if (type.kind === "boolean") {
    return (
      <GroupedSelect
        label={label}
        value={row.value === null ? "" : String(row.value)}
        options={[
          { value: "true", label: t("common.yes") },
          { value: "false", label: t("common.no") },
        ]}
        onChange={(value) => setValue(value === "true")}
        error={error}
      />
    );
  }
  if (type.kind === "number") {
    return <NumberValue label={label} value={row.value} onValue={setValue} error={error} />;
  }
  // A list to pick from: several for "is one of", else one (a stored id the list lacks kept).
  const pick = (options: TValueChoice[]) =>
    many ? (
      <ChoiceList
        label={label}
        options={options}
        values={row.values}
        onValues={setValues}
        error={error}
      />
    ) : (
      <GroupedSelect
        label={label}
        value={typeof row.value === "string" ? row.value : ""}
        options={withCurrent(options, row.value, (value) =>
          t("settings.conditions.unknownValue", { value }),
        )}
        placeholder={t("settings.conditions.pick")}
        onChange={(value) => setValue(value || null)}
        error={error}
      />
    );
  if (type.kind === "enum") {
    return pick(
      type.values.map((value) => ({
        value,
        label: KIND_LABELS[value] ? t(KIND_LABELS[value]) : value,
      })),
    );
  }

  const variables: TValueChoice[] = rowVariables(field).map((name) => ({
    value: name,
    label: `${t(VARIABLE_LABELS[subject][name])} (${name})`,
    group: t(VARIABLE_GROUP_LABELS[subject]),
  }));
  if (choices?.loading) {
    return (
      <GroupedSelect
        label={label}
        value=""
        options={variables}
        placeholder={t("common.loading")}
        busy
        onChange={(value) => setValue(value || null)}
      />
    );
  }
  const listed = type.kind === "id" ? choices?.choices : null;
  if (listed) {
    return pick([
      ...variables,
      ...listed.map((choice) => ({
        ...choice,
        group:
          choice.group ?? (variables.length > 0 ? t("settings.conditions.choices") : undefined),
      })),
    ]);
  }

  const hint = choices?.failed ? t("settings.conditions.listUnavailable") : undefined;
  if (many) {
    return (
      <ListText
        label={label}
        placeholder={t("settings.conditions.typeIds")}
        values={row.values}
        onValues={setValues}
        hint={hint}
        error={error}
      />
    );
  }
  return (
    <TypedValue
      label={label}
      variables={variables}
      value={row.value}
      onValue={setValue}
      hint={hint}
      error={error}
    />
  );
}

/** The choices, with the row's value added where no list holds it (a stage since deleted). */
function withCurrent(
  options: TValueChoice[],
  value: ConditionValue | null,
  unknown: (value: string) => string,
): TValueChoice[] {
  if (typeof value !== "string" || options.some((option) => option.value === value)) return options;
  return [...options, { value, label: unknown(value) }];
}

/** A number, kept as typed while it is not one yet ("1e", "-"). */
function NumberValue({
  label,
  value,
  onValue,
  error,
}: {
  label: string;
  value: ConditionValue | null;
  onValue: (value: number | null) => void;
  error?: ReactNode;
}) {
  const [draft, setDraft] = useState(typeof value === "number" ? String(value) : "");
  return (
    <TextField
      label={label}
      hideLabel
      type="number"
      inputMode="decimal"
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
        const number = event.target.valueAsNumber;
        onValue(Number.isFinite(number) ? number : null);
      }}
      error={error}
    />
  );
}

/** Ids (or words) separated by commas, kept as typed. */
function ListText({
  label,
  placeholder,
  values,
  onValues,
  hint,
  error,
}: {
  label: string;
  placeholder: string;
  values: readonly ConditionValue[];
  onValues: (values: ConditionValue[]) => void;
  hint?: ReactNode;
  error?: ReactNode;
}) {
  const [draft, setDraft] = useState(values.join(", "));
  return (
    <TextField
      label={label}
      hideLabel
      placeholder={placeholder}
      spellCheck={false}
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
        onValues(event.target.value.split(/[\s,]+/).filter(Boolean));
      }}
      hint={hint}
      error={error}
    />
  );
}

/** A value typed by hand (an id of a record, a currency), or a variable where one fits. */
function TypedValue({
  label,
  variables,
  value,
  onValue,
  hint,
  error,
}: {
  label: string;
  variables: readonly TValueChoice[];
  value: ConditionValue | null;
  onValue: (value: ConditionValue | null) => void;
  hint?: ReactNode;
  error?: ReactNode;
}) {
  const t = useT();
  const [typing, setTyping] = useState(value !== null && !isVariableName(value));
  const text = (
    <TextField
      label={variables.length === 0 ? label : t("settings.conditions.typeId")}
      hideLabel
      placeholder={t("settings.conditions.typeId")}
      spellCheck={false}
      value={typeof value === "string" && !isVariableName(value) ? value : ""}
      onChange={(event) => onValue(event.target.value.trim() || null)}
      hint={hint}
      error={error}
    />
  );
  if (variables.length === 0) return text;
  return (
    <div className="space-y-2">
      <GroupedSelect
        label={label}
        value={typing ? TYPED : typeof value === "string" ? value : ""}
        options={[...variables, { value: TYPED, label: t("settings.conditions.typeId") }]}
        placeholder={t("settings.conditions.pick")}
        onChange={(next) => {
          setTyping(next === TYPED);
          onValue(next === TYPED || next === "" ? null : next);
        }}
        error={typing ? undefined : error}
      />
      {typing ? text : null}
    </div>
  );
}
