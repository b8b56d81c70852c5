import { z } from "zod";

import { parseIsoDate } from "./field-date";
import { parseEmail } from "./field-email";
import { parseDecimal } from "./field-number";
import { parsePhone, parseSelect, parseText, parseUrl } from "./field-text";
import type { CustomFieldDefinition, CustomFieldType, CustomFieldValue } from "./field-types";
import { accept, reject, type Validation } from "./result";

const EXPECTED: Record<CustomFieldType, string> = {
  text: "text",
  number: "a number",
  date: "a date as text, YYYY-MM-DD",
  checkbox: "true or false",
  select: "one of the options as text",
  email: "an e-mail address as text",
  phone: "a phone number as text",
  url: "a link as text",
};

function describeInput(input: unknown): string {
  if (Array.isArray(input)) return "a list";
  if (input instanceof Date) return "a date-time object";
  if (typeof input === "string") return `the text ${JSON.stringify(input.slice(0, 40))}`;
  if (typeof input === "number" || typeof input === "boolean") return `${typeof input} ${input}`;
  return typeof input === "object" ? "an object" : typeof input;
}

function wrongKind(type: CustomFieldType, input: unknown): Validation<never> {
  return reject(`Expected ${EXPECTED[type]}, got ${describeInput(input)}.`);
}

function parseString(field: CustomFieldDefinition, text: string): Validation<string> {
  switch (field.type) {
    case "text":
      return parseText(text);
    case "number":
      return parseDecimal(text);
    case "date":
      return parseIsoDate(text);
    case "select":
      return parseSelect(text, field.options ?? []);
    case "email":
      return parseEmail(text);
    case "phone":
      return parsePhone(text);
    case "url":
      return parseUrl(text);
    case "checkbox":
      return wrongKind(field.type, text);
  }
}

/**
 * Validates one custom field value as the API receives it (SPEC F2). Null, undefined and text
 * that is empty after trimming all mean "no value": refused when the field is required,
 * otherwise null. Strings are trimmed at both ends before any other check.
 */
export function parseFieldValue<T extends CustomFieldType>(
  field: CustomFieldDefinition<T>,
  input: unknown,
): Validation<CustomFieldValue<T> | null> {
  const text = typeof input === "string" ? input.trim() : null;
  if (input === null || input === undefined || text === "") {
    return field.required ? reject("This field is required; enter a value.") : accept(null);
  }
  const definition: CustomFieldDefinition = field;
  let result: Validation<CustomFieldValue>;
  if (definition.type === "checkbox") {
    result = typeof input === "boolean" ? accept(input) : wrongKind("checkbox", input);
  } else if (definition.type === "number" && typeof input === "number") {
    result = parseDecimal(input);
  } else {
    result = text === null ? wrongKind(definition.type, input) : parseString(definition, text);
  }
  // The branch above follows field.type, so the value has the type T names.
  return result as Validation<CustomFieldValue<T>>;
}

/** The zod schema for one value of `field`; its output is what toStoredValue takes. */
export function valueSchemaFor<T extends CustomFieldType>(
  field: CustomFieldDefinition<T>,
): z.ZodType<CustomFieldValue<T> | null, unknown> {
  // Zod 4 refuses a missing object key for a bare transform ("expected nonoptional") before it
  // runs; turning undefined into null first lets the required rule give its own message.
  const absentAsNull = (input: unknown) => (input === undefined ? null : input);
  return z.preprocess(
    absentAsNull,
    z.unknown().transform((input, ctx) => {
      const result = parseFieldValue(field, input);
      if (result.ok) return result.value;
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }),
  );
}
