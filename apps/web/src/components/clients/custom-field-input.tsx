"use client";

import { Checkbox } from "~/components/ui/checkbox";
import { DateField } from "~/components/ui/date-field";
import { Select } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import type { TCustomField } from "./card-types";
import type { TFormValue } from "./custom-values";

const TEXT_INPUTS = {
  text: { type: "text" },
  number: { type: "text", inputMode: "decimal" },
  email: { type: "email", inputMode: "email" },
  phone: { type: "tel", inputMode: "tel" },
  url: { type: "url", inputMode: "url" },
} as const;

type TCustomFieldInputProps = {
  field: TCustomField;
  value: TFormValue;
  onChange: (value: TFormValue) => void;
  error?: string;
  disabled?: boolean;
};

/** The control for one custom field, chosen by its type (SPEC F2); its type never changes. */
export function CustomFieldInput({
  field,
  value,
  onChange,
  error,
  disabled,
}: TCustomFieldInputProps) {
  const t = useT();
  const common = {
    label: field.label,
    error,
    disabled,
    required: field.required,
    requiredLabel: t("common.required"),
  };

  switch (field.type) {
    case "checkbox":
      return (
        <Checkbox
          label={field.label}
          error={error}
          disabled={disabled}
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      );
    case "select":
      return (
        <Select
          {...common}
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
          placeholder={t("common.none")}
          options={(field.options ?? []).map((option) => ({ value: option, label: option }))}
        />
      );
    case "date":
      return (
        <DateField
          {...common}
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    default:
      return (
        <TextField
          {...common}
          {...TEXT_INPUTS[field.type]}
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}
