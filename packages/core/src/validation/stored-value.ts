import type { CustomFieldType, CustomFieldValue } from "./field-types";

/** The typed column of CustomFieldValue that holds each field type. */
export const STORED_COLUMN = {
  text: "textValue",
  number: "numberValue",
  date: "dateValue",
  checkbox: "boolValue",
  select: "textValue",
  email: "textValue",
  phone: "textValue",
  url: "textValue",
} as const satisfies Record<CustomFieldType, string>;

export type StoredValue =
  | { column: "textValue"; value: string | null }
  | { column: "numberValue"; value: string | null }
  | { column: "dateValue"; value: Date | null }
  | { column: "boolValue"; value: boolean | null };

export type StoredColumns = {
  textValue: string | null;
  numberValue: { toString(): string } | string | number | null;
  dateValue: Date | null;
  boolValue: boolean | null;
};

function assertKind(type: CustomFieldType, value: unknown, kind: "string" | "boolean"): void {
  // Only reachable when a caller skips valueSchemaFor: a bug to surface, not input to report.
  if (value !== null && typeof value !== kind) {
    throw new TypeError(`A ${type} field stores a ${kind}, not ${typeof value}.`);
  }
}

/**
 * Where a validated value goes: the column and the value in the form Prisma takes (a decimal
 * string for Decimal, a UTC-midnight Date for a date column). Null clears the column.
 */
export function toStoredValue<T extends CustomFieldType>(
  type: T,
  value: CustomFieldValue<T> | null,
): StoredValue {
  const column = STORED_COLUMN[type];
  if (column === "boolValue") {
    assertKind(type, value, "boolean");
    return { column, value: value as boolean | null };
  }
  assertKind(type, value, "string");
  const text = value as string | null;
  if (column === "dateValue") {
    return { column, value: text === null ? null : new Date(`${text}T00:00:00.000Z`) };
  }
  return { column, value: text };
}

function readColumn(column: keyof StoredColumns, row: StoredColumns): CustomFieldValue | null {
  const stored = row[column];
  if (stored === null) return null;
  if (stored instanceof Date) return stored.toISOString().slice(0, 10);
  if (typeof stored === "boolean") return stored;
  return typeof stored === "string" ? stored : stored.toString();
}

/** The value as the API returns it, read back from the typed columns of a stored row. */
export function fromStoredValue<T extends CustomFieldType>(
  type: T,
  row: StoredColumns,
): CustomFieldValue<T> | null {
  // The column follows the type, so what it holds has the type T names.
  return readColumn(STORED_COLUMN[type], row) as CustomFieldValue<T> | null;
}
