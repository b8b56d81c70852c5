"use client";

import type { ReactNode } from "react";

import type { ConditionValue } from "@charter/core/engine";

import { Checkbox } from "~/components/ui/checkbox";
import { CONTROL_CLASSES, controlTone, FieldShell, useFieldIds } from "~/components/ui/field";
import { cn } from "~/lib/cn";

import type { TValueChoice } from "./use-condition-choices";

type TGroupedSelectProps = {
  label: string;
  value: string;
  options: readonly TValueChoice[];
  placeholder?: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  busy?: boolean;
};

/** A select whose choices may fall into groups (variables, then each pipeline's stages). */
export function GroupedSelect({
  label,
  value,
  options,
  placeholder,
  onChange,
  hint,
  error,
  busy,
}: TGroupedSelectProps) {
  const ids = useFieldIds({ hint, error });
  const groups = [...new Set(options.map((option) => option.group))];
  const render = (option: TValueChoice) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <FieldShell ids={ids} label={label} hideLabel hint={hint} error={error}>
      <select
        id={ids.control}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-busy={busy || undefined}
        onChange={(event) => onChange(event.target.value)}
        className={cn(CONTROL_CLASSES, controlTone(Boolean(error)), "pr-8")}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {groups.map((group) =>
          group === undefined ? (
            options.filter((option) => option.group === undefined).map(render)
          ) : (
            <optgroup key={group} label={group}>
              {options.filter((option) => option.group === group).map(render)}
            </optgroup>
          ),
        )}
      </select>
    </FieldShell>
  );
}

type TChoiceListProps = {
  label: string;
  options: readonly TValueChoice[];
  values: readonly ConditionValue[];
  onValues: (values: ConditionValue[]) => void;
  error?: ReactNode;
};

/** "Is one of": a box of checkboxes, grouped as the choices are (stages under their pipeline). */
export function ChoiceList({ label, options, values, onValues, error }: TChoiceListProps) {
  const ids = useFieldIds({ error });
  const groups = [...new Set(options.map((option) => option.group))];
  const toggle = (value: string, on: boolean) =>
    onValues(on ? [...values, value] : values.filter((each) => each !== value));
  const boxes = (group: string | undefined) =>
    options
      .filter((option) => option.group === group)
      .map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          checked={values.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
        />
      ));
  return (
    <fieldset aria-describedby={ids.describedBy} className="space-y-1">
      <legend className="sr-only">{label}</legend>
      <div
        className={cn(
          "max-h-48 space-y-2 overflow-y-auto rounded-md border bg-white px-3 py-2",
          error ? "border-red-400" : "border-slate-300",
        )}
      >
        {groups.map((group) =>
          group === undefined ? (
            <div key="" className="space-y-1">
              {boxes(undefined)}
            </div>
          ) : (
            <fieldset key={group} className="space-y-1">
              <legend className="text-xs font-semibold text-slate-500 uppercase">{group}</legend>
              {boxes(group)}
            </fieldset>
          ),
        )}
      </div>
      {error ? (
        <p id={ids.error} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
