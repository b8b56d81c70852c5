import { visibleFields, type FieldAccess, type Subject } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";
import { fromStoredValue, type CustomFieldType } from "@charter/core/validation";

import type { TDbClient } from "../access/project-scope";

/** A column of an export: its header, the field it reveals, and how a row fills it. */
export type TColumn<Row> = {
  header: string;
  /** The built-in field whose rule hides the column; identity columns name none. */
  field?: string;
  cell: (row: Row) => string;
};

export type TExportKind = "company" | "contact" | "deal";

/** Text of a value as a spreadsheet reads it back: ISO dates, plain numbers, true/false. */
export function text(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

export function day(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

/** What the subject may do with each of these built-in fields (PERMISSIONS.md "Fields"). */
export function builtInAccess(
  subject: Subject,
  resource: TExportKind,
  fields: readonly string[],
): Record<string, FieldAccess> {
  return visibleFields(subject, resource, { builtInFields: fields, sections: [] }).fields;
}

/**
 * The built-in columns the subject may read: a column whose field a role's rule hides is
 * left out whole, header and all; identity columns always stay.
 */
export function readableColumns<Row>(
  columns: TColumn<Row>[],
  access: Record<string, FieldAccess>,
): TColumn<Row>[] {
  return columns.filter((column) => !column.field || access[column.field] !== "hidden");
}

export type TCustomColumn = { id: string; type: CustomFieldType; header: string };

/**
 * The custom fields of every section of the kind the subject may read (SPEC D8): a section
 * limited to groups they are not in is not exported, and its values are never loaded.
 */
export async function readableCustomColumns(
  db: TDbClient,
  subject: Subject,
  projectId: string,
  kind: TExportKind,
): Promise<TCustomColumn[]> {
  const sections = await db.section.findMany({
    where: { projectId, kind },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      type: { select: { name: true } },
      limitedToGroups: { select: { groupId: true } },
      fields: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, label: true, type: true },
      },
    },
  });
  const access = visibleFields(subject, kind, {
    builtInFields: [],
    sections: sections.map((section) => ({
      id: section.id,
      limitedToGroups: section.limitedToGroups.map((link) => link.groupId),
      fields: section.fields.map((field) => field.id),
    })),
  }).sections;
  return sections
    .filter((section) => (access[section.id] ?? "hidden") !== "hidden")
    .flatMap((section) =>
      section.fields.map((field) => ({
        id: field.id,
        type: field.type,
        header: `${section.type ? `${section.type.name} / ` : ""}${section.name}: ${field.label}`,
      })),
    );
}

/** A row's custom values as an export selects them (see onlyReadableValues). */
export const CUSTOM_VALUES_SELECT = {
  select: { fieldId: true, textValue: true, numberValue: true, dateValue: true, boolValue: true },
} as const satisfies Prisma.CustomFieldValueFindManyArgs;

/** The same, loading only the readable fields' values: hidden ones never leave the database. */
export function onlyReadableValues(columns: TCustomColumn[]) {
  return {
    ...CUSTOM_VALUES_SELECT,
    where: { fieldId: { in: columns.map((column) => column.id) } },
  } satisfies Prisma.CustomFieldValueFindManyArgs;
}

export type TStoredValue = {
  fieldId: string;
  textValue: string | null;
  numberValue: Prisma.Decimal | null;
  dateValue: Date | null;
  boolValue: boolean | null;
};

/** One column per readable custom field, filled from the row's loaded values. */
export function customColumns<Row extends { customValues: TStoredValue[] }>(
  columns: TCustomColumn[],
): TColumn<Row>[] {
  return columns.map((column) => ({
    header: column.header,
    cell: (row) => {
      const stored = row.customValues.find((value) => value.fieldId === column.id);
      return stored ? text(fromStoredValue(column.type, stored)) : "";
    },
  }));
}

/** What every exported record carries after its own fields: owner, direction, times, values. */
export const OWNED_RECORD_SELECT = {
  responsible: { select: { name: true } },
  direction: { select: { name: true } },
  createdAt: true,
  updatedAt: true,
  customValues: CUSTOM_VALUES_SELECT,
} as const;

type TOwnedRow = {
  responsible: { name: string };
  direction: { name: string } | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The columns every export ends its built-in ones with; no field rule hides them. */
export function ownedRecordColumns<Row extends TOwnedRow>(): TColumn<Row>[] {
  return [
    { header: "responsible", cell: (row) => row.responsible.name },
    { header: "direction", cell: (row) => text(row.direction?.name) },
    { header: "createdAt", cell: (row) => text(row.createdAt) },
    { header: "updatedAt", cell: (row) => text(row.updatedAt) },
  ];
}
