"use client";

import { useState } from "react";

import { ROLE_TEMPLATES } from "@charter/core/templates";

import { Checkbox } from "~/components/ui/checkbox";
import { Select } from "~/components/ui/select";
import { TextAreaField } from "~/components/ui/text-area-field";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { FormDialog } from "../form-dialog";
import type { TSettingsError } from "../use-settings-error";
import type { TRoleSummary } from "./use-roles-queries";

export type TRoleDraft = { name: string; description: string | null; readOnly: boolean };

type TDialogState = { pending: boolean; error: TSettingsError | null };

/** A new role, or a role's name, description and read-only flag (D5). */
export function RoleDialog({
  title,
  submitLabel,
  initial,
  onSubmit,
  onClose,
  state,
}: {
  title: string;
  submitLabel: string;
  initial?: TRoleDraft;
  onSubmit: (draft: TRoleDraft) => void;
  onClose: () => void;
  state: TDialogState;
}) {
  const t = useT();
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [readOnly, setReadOnly] = useState(initial?.readOnly ?? false);
  return (
    <FormDialog
      open
      onClose={onClose}
      title={title}
      submitLabel={submitLabel}
      pending={state.pending}
      error={state.error}
      onSubmit={() =>
        onSubmit({ name: name.trim(), description: description.trim() || null, readOnly })
      }
    >
      <TextField
        label={t("settings.org.name")}
        required
        requiredLabel={t("common.required")}
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={state.error?.fieldMessage("name")}
      />
      <TextAreaField
        label={t("settings.org.groups.description")}
        rows={3}
        maxLength={500}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={state.error?.fieldMessage("description")}
      />
      <Checkbox
        label={t("settings.roles.readOnly")}
        hint={t("settings.roles.readOnlyHint")}
        checked={readOnly}
        onChange={(event) => setReadOnly(event.target.checked)}
      />
    </FormDialog>
  );
}

/** D2: a copy of a built-in template or of one of the project's roles, under a new name. */
export function CloneDialog({
  roles,
  initialSource,
  onSubmit,
  onClose,
  state,
}: {
  roles: readonly TRoleSummary[];
  /** `role:<id>` or `template:<key>`. */
  initialSource?: string;
  onSubmit: (input: { roleId?: string; templateKey?: string; name: string }) => void;
  onClose: () => void;
  state: TDialogState;
}) {
  const t = useT();
  const [source, setSource] = useState(initialSource ?? `template:${ROLE_TEMPLATES[0]?.key ?? ""}`);
  const [name, setName] = useState("");
  const options = [
    ...roles.map((role) => ({
      value: `role:${role.id}`,
      label: t("settings.roles.sourceRole", { name: role.name }),
    })),
    ...ROLE_TEMPLATES.map((template) => ({
      value: `template:${template.key}`,
      label: t("settings.roles.sourceTemplate", { name: template.name }),
    })),
  ];
  function submit() {
    const [kind, key] = source.split(/:(.*)/s);
    if (!key) return;
    onSubmit(
      kind === "role"
        ? { roleId: key, name: name.trim() }
        : { templateKey: key, name: name.trim() },
    );
  }
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("settings.roles.cloneTitle")}
      description={t("settings.roles.cloneHint")}
      submitLabel={t("settings.roles.clone")}
      pending={state.pending}
      error={state.error}
      onSubmit={submit}
    >
      <Select
        label={t("settings.roles.cloneFrom")}
        value={source}
        options={options}
        onChange={(event) => setSource(event.target.value)}
        error={state.error?.fieldMessage("roleId") ?? state.error?.fieldMessage("templateKey")}
      />
      <TextField
        label={t("settings.roles.newName")}
        required
        requiredLabel={t("common.required")}
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={state.error?.fieldMessage("name")}
      />
    </FormDialog>
  );
}
