"use client";

import { Checkbox } from "~/components/ui/checkbox";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import type { TBuiltInField, TBuiltInValues } from "./built-in-fields";

type TBuiltInInputsProps<K extends string> = {
  fields: readonly TBuiltInField<K>[];
  values: TBuiltInValues;
  onChange: (key: K, value: string | boolean) => void;
  errorOf: (key: K) => string | undefined;
  disabled?: boolean;
  /** Fields a role's rule lets the reader read but not change: shown, never editable. */
  readOnly?: readonly string[];
};

/**
 * Inputs for a record's own fields; a field missing from `values` (hidden from the reader) is
 * left out, and a read-only one is shown as such, so its value is never sent back changed.
 */
export function BuiltInInputs<K extends string>({
  fields,
  values,
  onChange,
  errorOf,
  disabled,
  readOnly = [],
}: TBuiltInInputsProps<K>) {
  const t = useT();
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {fields.map((field) => {
        const value = values[field.key];
        if (value === undefined) return null;
        const label = t(field.label);
        const locked = readOnly.includes(field.key);
        const hint = locked ? t("clients.card.readOnlyField") : undefined;
        if (field.input === "checkbox") {
          return (
            <div key={field.key} className="sm:col-span-2">
              <Checkbox
                label={label}
                checked={value === true}
                disabled={disabled || locked}
                hint={hint}
                error={errorOf(field.key)}
                onChange={(event) => onChange(field.key, event.target.checked)}
              />
            </div>
          );
        }
        return (
          <TextField
            key={field.key}
            name={field.key}
            label={label}
            type={field.input}
            value={String(value)}
            maxLength={field.maxLength}
            required={field.required}
            requiredLabel={t("common.required")}
            autoComplete={field.autoComplete}
            disabled={disabled}
            readOnly={locked}
            hint={hint}
            error={errorOf(field.key)}
            onChange={(event) => onChange(field.key, event.target.value)}
          />
        );
      })}
    </div>
  );
}
