"use client";

import { useState } from "react";

import { Select } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { FormDialog } from "../form-dialog";
import type { TSettingsError } from "../use-settings-error";
import { departmentChoices, type TDepartmentRow } from "./department-tree";

type TSubmitState = { pending: boolean; error: TSettingsError | null };

/** A new department: its name and where it sits (the parent chosen on the row, or none). */
export function DepartmentCreateDialog({
  departments,
  parentId,
  onSubmit,
  onClose,
  state,
}: {
  departments: readonly TDepartmentRow[];
  parentId: string | null;
  onSubmit: (values: { name: string; parentId: string | null }) => void;
  onClose: () => void;
  state: TSubmitState;
}) {
  const t = useT();
  const [name, setName] = useState("");
  const [parent, setParent] = useState(parentId ?? "");
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("settings.org.departments.createTitle")}
      submitLabel={t("settings.org.create")}
      pending={state.pending}
      error={state.error}
      onSubmit={() => onSubmit({ name: name.trim(), parentId: parent || null })}
    >
      <TextField
        label={t("settings.org.name")}
        required
        requiredLabel={t("common.required")}
        value={name}
        maxLength={120}
        onChange={(event) => setName(event.target.value)}
        error={state.error?.fieldMessage("name")}
      />
      <Select
        label={t("settings.org.departments.parent")}
        value={parent}
        placeholder={t("settings.org.departments.topLevel")}
        options={departmentChoices(departments)}
        onChange={(event) => setParent(event.target.value)}
        error={state.error?.fieldMessage("parentId")}
      />
    </FormDialog>
  );
}

/** "Move to…": the keyboard's way to re-parent, the same move as drag and drop. */
export function DepartmentMoveDialog({
  department,
  departments,
  onSubmit,
  onClose,
  state,
}: {
  department: TDepartmentRow;
  departments: readonly TDepartmentRow[];
  onSubmit: (parentId: string | null) => void;
  onClose: () => void;
  state: TSubmitState;
}) {
  const t = useT();
  const [parent, setParent] = useState(department.parentId ?? "");
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("settings.org.departments.moveTitle", { name: department.name })}
      description={t("settings.org.departments.moveHint")}
      submitLabel={t("settings.org.departments.moveSubmit")}
      pendingLabel={t("settings.org.departments.moving")}
      pending={state.pending}
      error={state.error}
      onSubmit={() => onSubmit(parent || null)}
    >
      <Select
        label={t("settings.org.departments.moveTo")}
        value={parent}
        placeholder={t("settings.org.departments.topLevel")}
        options={departmentChoices(departments, { except: department.id })}
        onChange={(event) => setParent(event.target.value)}
        error={state.error?.fieldMessage("parentId")}
      />
    </FormDialog>
  );
}
