/** The custom field types of SPEC F2 (the CustomFieldType enum of the schema). */
export const CUSTOM_FIELD_TYPES = [
  "text",
  "number",
  "date",
  "checkbox",
  "select",
  "email",
  "phone",
  "url",
] as const;

export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/**
 * A value after validation. Numbers stay decimal strings ("12.5") so nothing is lost on the
 * way to a Decimal(18, 4) column; dates stay calendar dates ("2024-05-31"), free of time zones.
 */
export type CustomFieldValueByType = {
  text: string;
  number: string;
  date: string;
  checkbox: boolean;
  select: string;
  email: string;
  phone: string;
  url: string;
};

export type CustomFieldValue<T extends CustomFieldType = CustomFieldType> =
  CustomFieldValueByType[T];

/** What validation needs to know about a field. */
export type CustomFieldDefinition<T extends CustomFieldType = CustomFieldType> = {
  type: T;
  required: boolean;
  /** The choices of a select field. */
  options?: readonly string[] | null;
};
