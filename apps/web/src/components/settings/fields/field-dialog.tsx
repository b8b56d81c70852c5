"use client";

import { useState } from "react";

import { Badge } from "~/components/ui/badge";
import { Checkbox } from "~/components/ui/checkbox";
import { Select } from "~/components/ui/select";
import { TextAreaField } from "~/components/ui/text-area-field";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { FormDialog } from "../form-dialog";
import type { TSettingsError } from "../use-settings-error";
import { readChoices, repeatedChoices } from "./choices";
import { FIELD_TYPE_LABELS, FIELD_TYPES } from "./field-labels";
import type { TField, TFieldType } from "./use-fields-queries";

export type TFieldDraft = {
  label: string;
  key?: string;
  type: TFieldType;
  required: boolean;
  options?: string[];
};

/**
 * A new custom field, or changes to one. The type is chosen when the field is created and is
 * shown fixed afterwards (F2): the edit form has no control for it, and the API refuses one.
 */
export function FieldDialog({
  field,
  sectionName,
  onSubmit,
  onClose,
  pending,
  error,
}: {
  /** The field to change; absent for a new one. */
  field?: TField;
  sectionName: string;
  onSubmit: (draft: TFieldDraft) => void;
  onClose: () => void;
  pending: boolean;
  error: TSettingsError | null;
}) {
  const t = useT();
  const [label, setLabel] = useState(field?.label ?? "");
  const [key, setKey] = useState("");
  const [type, setType] = useState<TFieldType>(field?.type ?? "text");
  const [required, setRequired] = useState(field?.required ?? false);
  const [choicesText, setChoicesText] = useState((field?.options ?? []).join("\n"));
  const [problem, setProblem] = useState<string | null>(null);

  function submit() {
    const options = type === "select" ? readChoices(choicesText) : undefined;
    if (options && options.length === 0) return setProblem(t("settings.fields.choicesNeeded"));
    const repeated = options ? repeatedChoices(options) : [];
    if (repeated.length > 0)
      return setProblem(t("settings.fields.choicesRepeated", { choices: repeated.join(", ") }));
    setProblem(null);
    onSubmit({
      label: label.trim(),
      key: key.trim() || undefined,
      type,
      required,
      options,
    });
  }

  return (
    <FormDialog
      open
      onClose={onClose}
      title={
        field
          ? t("settings.fields.editFieldTitle", { name: field.label })
          : t("settings.fields.newFieldTitle", { section: sectionName })
      }
      submitLabel={field ? t("common.save") : t("settings.fields.createField")}
      pending={pending}
      error={error}
      onSubmit={submit}
    >
      <TextField
        label={t("settings.fields.fieldLabel")}
        required
        requiredLabel={t("common.required")}
        maxLength={100}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        error={error?.fieldMessage("label")}
      />
      {field ? (
        <div className="space-y-1">
          <p className="text-sm font-medium text-slate-800">{t("settings.fields.fieldType")}</p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <Badge tone="info">{t(FIELD_TYPE_LABELS[field.type])}</Badge>
            <span data-testid="field-type-fixed">{t("settings.fields.typeFixed")}</span>
          </p>
          <p className="text-xs text-slate-500">
            {t("settings.fields.keyIs")} <code className="font-mono">{field.key}</code>
          </p>
        </div>
      ) : (
        <>
          <Select
            label={t("settings.fields.fieldType")}
            required
            requiredLabel={t("common.required")}
            hint={t("settings.fields.typeOnce")}
            value={type}
            options={FIELD_TYPES.map((value) => ({ value, label: t(FIELD_TYPE_LABELS[value]) }))}
            onChange={(event) => setType(event.target.value as TFieldType)}
            error={error?.fieldMessage("type")}
          />
          <TextField
            label={t("settings.fields.key")}
            hint={t("settings.fields.keyHint")}
            maxLength={60}
            spellCheck={false}
            className="font-mono"
            value={key}
            onChange={(event) => setKey(event.target.value)}
            error={error?.fieldMessage("key")}
          />
        </>
      )}
      {type === "select" ? (
        <TextAreaField
          label={t("settings.fields.choices")}
          required
          requiredLabel={t("common.required")}
          hint={t("settings.fields.choicesHint")}
          rows={5}
          value={choicesText}
          onChange={(event) => {
            setChoicesText(event.target.value);
            setProblem(null);
          }}
          error={problem ?? error?.fieldMessage("options")}
        />
      ) : null}
      <Checkbox
        label={t("settings.fields.required")}
        hint={t("settings.fields.requiredHint")}
        checked={required}
        onChange={(event) => setRequired(event.target.checked)}
      />
    </FormDialog>
  );
}
