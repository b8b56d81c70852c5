"use client";

import { useState } from "react";

import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { FormDialog } from "./form-dialog";
import type { TSettingsError } from "./use-settings-error";

/** Gives something a new name; the old one is filled in and selected, ready to type over. */
export function RenameDialog({
  title,
  label,
  initial,
  maxLength,
  field = "name",
  submitLabel,
  onSubmit,
  onClose,
  pending,
  error,
}: {
  title: string;
  label: string;
  initial: string;
  maxLength: number;
  /** The input key the API names in a refusal of this value. */
  field?: string;
  /** "Save" unless told, e.g. "Create" for a new one. */
  submitLabel?: string;
  onSubmit: (name: string) => void;
  onClose: () => void;
  pending: boolean;
  error: TSettingsError | null;
}) {
  const t = useT();
  const [name, setName] = useState(initial);
  return (
    <FormDialog
      open
      onClose={onClose}
      title={title}
      submitLabel={submitLabel ?? t("common.save")}
      pending={pending}
      error={error}
      onSubmit={() => onSubmit(name.trim())}
    >
      <TextField
        label={label}
        required
        requiredLabel={t("common.required")}
        value={name}
        maxLength={maxLength}
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
        error={error?.fieldMessage(field)}
      />
    </FormDialog>
  );
}
