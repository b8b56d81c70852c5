"use client";

import { useState } from "react";

import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { FormDialog } from "./form-dialog";
import type { TSettingsError } from "./use-settings-error";

export type TDialogField<K extends string> = {
  key: K;
  label: string;
  required?: boolean;
  maxLength: number;
  hint?: string;
};

/** Trimmed values; an emptied optional field is null ("remove it"), as the API reads it. */
export type TDialogValues<K extends string> = Record<K, string | null>;

/**
 * A create or edit dialog of a few text fields (a branch, a direction, a work group). Each
 * field shows the API's own refusal of it, matched by the input key it carries.
 */
export function FieldsDialog<K extends string>({
  title,
  submitLabel,
  fields,
  initial,
  onSubmit,
  onClose,
  pending,
  error,
}: {
  title: string;
  submitLabel: string;
  fields: readonly TDialogField<K>[];
  initial?: Partial<Record<K, string | null>>;
  onSubmit: (values: TDialogValues<K>) => void;
  onClose: () => void;
  pending: boolean;
  error: TSettingsError | null;
}) {
  const t = useT();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.key, initial?.[field.key] ?? ""])),
  );

  function submit() {
    const trimmed = Object.fromEntries(
      fields.map((field) => [field.key, (values[field.key] ?? "").trim() || null]),
    ) as TDialogValues<K>;
    onSubmit(trimmed);
  }

  return (
    <FormDialog
      open
      onClose={onClose}
      title={title}
      submitLabel={submitLabel}
      pending={pending}
      error={error}
      onSubmit={submit}
    >
      {fields.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          required={field.required}
          requiredLabel={t("common.required")}
          hint={field.hint}
          maxLength={field.maxLength}
          value={values[field.key] ?? ""}
          onChange={(event) =>
            setValues((current) => ({ ...current, [field.key]: event.target.value }))
          }
          error={error?.fieldMessage(field.key)}
        />
      ))}
    </FormDialog>
  );
}
