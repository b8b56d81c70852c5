"use client";

import { useState } from "react";

import { RESOURCES } from "@charter/core/engine";

import { Select } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import type { TSettingsError } from "../use-settings-error";
import { ConditionRuleDialog, type TConditionRule } from "./condition-rule-dialog";

export type TOverrideDraft = TConditionRule & { effect: "allow" | "deny"; note: string | null };

/**
 * A personal allow or deny (PERMISSIONS.md "override") on any resource and action, with an
 * optional condition on the record built from rows, whose variables stand for the employee.
 * Without one it holds on every record.
 */
export function OverrideDialog({
  name,
  pending,
  error,
  onClose,
  onSubmit,
}: {
  name: string;
  pending: boolean;
  error: TSettingsError | null;
  onClose: () => void;
  onSubmit: (draft: TOverrideDraft) => void;
}) {
  const t = useT();
  const [effect, setEffect] = useState<"allow" | "deny">("deny");
  const [note, setNote] = useState("");

  return (
    <ConditionRuleDialog
      title={t("settings.overrides.addTitle", { name })}
      description={t("settings.overrides.conditionHelp")}
      resources={RESOURCES}
      initial={{ resource: "activity", action: "delete" }}
      subject="employee"
      optional
      choice={() => (
        <Select
          label={t("settings.overrides.effect")}
          value={effect}
          options={[
            { value: "deny", label: t("settings.overrides.deny") },
            { value: "allow", label: t("settings.overrides.allow") },
          ]}
          onChange={(event) => setEffect(event.target.value === "allow" ? "allow" : "deny")}
          error={error?.fieldMessage("effect")}
        />
      )}
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={(rule) => onSubmit({ ...rule, effect, note: note.trim() || null })}
    >
      <TextField
        label={t("settings.overrides.note")}
        hint={t("settings.overrides.noteHint")}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={error?.fieldMessage("note")}
      />
    </ConditionRuleDialog>
  );
}
