"use client";

import { useState } from "react";

import { TextAreaField } from "~/components/ui/text-area-field";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { EmployeePicker, type TPickedEmployee } from "../employee-picker";
import { FormDialog } from "../form-dialog";
import type { TSettingsError } from "../use-settings-error";

export type TGroupDraft = {
  name: string;
  description: string | null;
  manager: TPickedEmployee | null;
};

/** A new CRM group (with its first manager, D3), or a group's name and description. */
export function GroupDialog({
  title,
  submitLabel,
  initial,
  askManager,
  onSubmit,
  onClose,
  pending,
  error,
}: {
  title: string;
  submitLabel: string;
  initial?: { name: string; description: string | null };
  /** A new group needs a manager; an existing one keeps its own. */
  askManager: boolean;
  onSubmit: (draft: TGroupDraft) => void;
  onClose: () => void;
  pending: boolean;
  error: TSettingsError | null;
}) {
  const t = useT();
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [manager, setManager] = useState<TPickedEmployee | null>(null);
  const [missing, setMissing] = useState(false);
  return (
    <FormDialog
      open
      onClose={onClose}
      title={title}
      submitLabel={submitLabel}
      pending={pending}
      error={error}
      onSubmit={() => {
        if (askManager && !manager) return setMissing(true);
        onSubmit({ name: name.trim(), description: description.trim() || null, manager });
      }}
    >
      <TextField
        label={t("settings.org.name")}
        required
        requiredLabel={t("common.required")}
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={error?.fieldMessage("name")}
      />
      <TextAreaField
        label={t("settings.org.groups.description")}
        rows={3}
        maxLength={500}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={error?.fieldMessage("description")}
      />
      {askManager ? (
        <EmployeePicker
          label={t("settings.groups.firstManager")}
          hint={t("settings.groups.firstManagerHint")}
          value={manager}
          onChange={(picked) => {
            setManager(picked);
            setMissing(false);
          }}
          error={
            missing ? t("settings.org.groups.pickEmployee") : error?.fieldMessage("managerIds")
          }
        />
      ) : null}
    </FormDialog>
  );
}
