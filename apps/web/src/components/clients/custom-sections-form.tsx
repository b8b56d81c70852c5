"use client";

import { useT } from "~/i18n/i18n-provider";

import type { TCustomSection } from "./card-types";
import { CustomFieldInput } from "./custom-field-input";
import type { TFormValue, TFormValues } from "./custom-values";

type TCustomSectionsFormProps = {
  sections: readonly TCustomSection[];
  values: TFormValues;
  onChange: (fieldId: string, value: TFormValue) => void;
  errorOf: (fieldId: string) => string | undefined;
  disabled?: boolean;
};

/** The custom sections as fieldsets; a section the reader may only read stays locked, saying why. */
export function CustomSectionsForm({
  sections,
  values,
  onChange,
  errorOf,
  disabled,
}: TCustomSectionsFormProps) {
  const t = useT();
  return (
    <>
      {sections.map((section) => {
        const readOnly = section.access !== "write";
        return (
          <fieldset
            key={section.id}
            disabled={disabled || readOnly}
            className="rounded-xl border border-slate-200 bg-white px-5 pt-3 pb-5 shadow-xs"
          >
            <legend className="px-1 text-sm font-semibold text-slate-900">{section.name}</legend>
            {readOnly ? (
              <p className="mb-3 text-xs text-slate-500">{t("clients.card.readOnlySection")}</p>
            ) : null}
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              {section.fields.map((field) => (
                <CustomFieldInput
                  key={field.id}
                  field={field}
                  value={values[field.id] ?? ""}
                  onChange={(value) => onChange(field.id, value)}
                  error={errorOf(field.id)}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
