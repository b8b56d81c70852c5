import type { TPlainMessageKey } from "~/i18n/translate";

/** A record's own (not custom) field as a form shows it. */
export type TBuiltInField<K extends string> = {
  key: K;
  label: TPlainMessageKey;
  input: "text" | "email" | "tel" | "url" | "checkbox";
  /** The API's limit; the input refuses longer text. */
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
};

export type TBuiltInValues = Record<string, string | boolean>;
export type TBuiltInPatch = Record<string, string | boolean | null>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The form's starting values. A field the reader's roles hide is absent from the record
 * (the API leaves it out), so it is absent from the form too and never sent back.
 */
export function toBuiltInValues<K extends string>(
  record: Partial<Record<K, unknown>>,
  fields: readonly TBuiltInField<K>[],
): TBuiltInValues {
  const values: TBuiltInValues = {};
  for (const field of fields) {
    if (!(field.key in record)) continue;
    const value = record[field.key];
    values[field.key] =
      field.input === "checkbox" ? value === true : typeof value === "string" ? value : "";
  }
  return values;
}

/** Only what changed, with empty text as null: a save never touches what the reader left alone. */
export function changedBuiltIns<K extends string>(
  record: Partial<Record<K, unknown>>,
  fields: readonly TBuiltInField<K>[],
  values: TBuiltInValues,
): TBuiltInPatch {
  const before = toBuiltInValues(record, fields);
  const patch: TBuiltInPatch = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || !(field.key in before)) continue;
    if (typeof value === "boolean") {
      if (value !== before[field.key]) patch[field.key] = value;
      continue;
    }
    const text = value.trim();
    if (text !== String(before[field.key]).trim()) patch[field.key] = text === "" ? null : text;
  }
  return patch;
}

/** What the API would refuse in a patch, by field, found before sending. */
export function findBuiltInProblems<K extends string>(
  fields: readonly TBuiltInField<K>[],
  patch: TBuiltInPatch,
): Partial<Record<K, TPlainMessageKey>> {
  const problems: Partial<Record<K, TPlainMessageKey>> = {};
  for (const field of fields) {
    if (!(field.key in patch)) continue;
    const value = patch[field.key];
    if (field.required && (value === null || value === ""))
      problems[field.key] = "errors.validation.required";
    else if (field.input === "email" && typeof value === "string" && !EMAIL.test(value))
      problems[field.key] = "errors.validation.email";
  }
  return problems;
}
