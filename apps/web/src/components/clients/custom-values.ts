import { parseFieldValue } from "@charter/core/validation";

import type { TPlainMessageKey } from "~/i18n/translate";

import type { TCustomField, TCustomSection } from "./card-types";

/** What a custom field's control holds while editing: text for most types, a flag for a checkbox. */
export type TFormValue = string | boolean;
export type TFormValues = Record<string, TFormValue>;
type TApiValue = string | boolean | null;

export function toFormValue(field: TCustomField): TFormValue {
  if (field.type === "checkbox") return field.value === true;
  return typeof field.value === "string" ? field.value : "";
}

export function toFormValues(sections: readonly TCustomSection[]): TFormValues {
  return Object.fromEntries(
    sections.flatMap((section) => section.fields.map((field) => [field.id, toFormValue(field)])),
  );
}

/**
 * The value to send. Czech and Russian readers write "12,5" and "1 250": the API wants
 * "12.5" and "1250", so a number loses its spaces and its decimal comma becomes a point.
 */
export function toApiValue(field: TCustomField, value: TFormValue): TApiValue {
  if (field.type === "checkbox") return value === true;
  const text = String(value).trim();
  if (text === "") return null;
  if (field.type === "number") return text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return text;
}

const MESSAGE_BY_TYPE: Partial<Record<TCustomField["type"], TPlainMessageKey>> = {
  number: "errors.validation.number",
  email: "errors.validation.email",
  url: "errors.validation.url",
};

export type TValueProblem = { key: TPlainMessageKey; detail: string };

/**
 * Checks a value with the same rules as the API (`@charter/core/validation`), so a mistake is
 * shown beside its field before anything is sent. `detail` is the rule's own (English) words.
 */
export function findValueProblem(field: TCustomField, value: TFormValue): TValueProblem | null {
  const result = parseFieldValue(
    { type: field.type, required: field.required, options: field.options },
    toApiValue(field, value),
  );
  if (result.ok) return null;
  const empty = toApiValue(field, value) === null;
  return {
    key: empty
      ? "errors.validation.required"
      : (MESSAGE_BY_TYPE[field.type] ?? "errors.fieldInvalid"),
    detail: result.message,
  };
}

/** The writable fields whose value the reader changed, as `{ [fieldId]: value }` for the API. */
export function changedCustomValues(
  sections: readonly TCustomSection[],
  values: TFormValues,
): Record<string, TApiValue> {
  const changed: Record<string, TApiValue> = {};
  for (const section of sections) {
    if (section.access !== "write") continue;
    for (const field of section.fields) {
      const current = values[field.id];
      if (current === undefined) continue;
      const before = toApiValue(field, toFormValue(field));
      const after = toApiValue(field, current);
      if (before !== after) changed[field.id] = after;
    }
  }
  return changed;
}

/** Problems of the writable fields the reader changed, by field id. */
export function findCustomProblems(
  sections: readonly TCustomSection[],
  values: TFormValues,
): Record<string, TValueProblem> {
  const changed = changedCustomValues(sections, values);
  const problems: Record<string, TValueProblem> = {};
  for (const section of sections) {
    for (const field of section.fields) {
      if (!(field.id in changed)) continue;
      const problem = findValueProblem(field, values[field.id] ?? "");
      if (problem) problems[field.id] = problem;
    }
  }
  return problems;
}
