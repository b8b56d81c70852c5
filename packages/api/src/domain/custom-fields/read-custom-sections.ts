import type { Subject } from "@charter/core/engine";
import { fromStoredValue, type CustomFieldValue } from "@charter/core/validation";

import type { TDbClient } from "../access/project-scope";
import { OWNER_COLUMN, type TCardRecord } from "./card-kinds";
import type { TCustomSection } from "./custom-values.schema";
import { findCardSections, type TCardSection } from "./find-card-sections";
import { sectionAccessOf } from "./section-access";

/**
 * The card's custom sections as this subject may read them (SPEC F2, D8). A section they may
 * not read is left out, and its values are never loaded: the value query names only the fields
 * of readable sections. A section without fields is not shown. On a record the subject may not
 * edit, every section reads as read-only.
 */
export async function readCustomSections(
  db: TDbClient,
  subject: Subject,
  card: TCardRecord,
  editable: boolean,
): Promise<TCustomSection[]> {
  const sections = await findCardSections(db, card);
  const access = sectionAccessOf(subject, card.kind, sections);
  const readable = sections.filter(
    (section) => section.fields.length > 0 && (access[section.id] ?? "hidden") !== "hidden",
  );
  const values = await readValues(db, card, fieldIdsOf(readable));
  return readable.map((section) => ({
    id: section.id,
    name: section.name,
    position: section.position,
    isDefault: section.isDefault,
    access: editable && access[section.id] === "write" ? "write" : "read",
    fields: section.fields.map((field) => ({
      id: field.id,
      key: field.key,
      label: field.label,
      type: field.type,
      options: field.options,
      required: field.required,
      value: values.get(field.id) ?? null,
    })),
  }));
}

export function fieldIdsOf(sections: readonly TCardSection[]): string[] {
  return sections.flatMap((section) => section.fields.map((field) => field.id));
}

/** Stored values of these fields on the record, typed as the API returns them. */
export async function readValues(
  db: TDbClient,
  card: TCardRecord,
  fieldIds: readonly string[],
): Promise<Map<string, CustomFieldValue | null>> {
  if (fieldIds.length === 0) return new Map();
  const rows = await db.customFieldValue.findMany({
    where: {
      projectId: card.projectId,
      [OWNER_COLUMN[card.kind]]: card.recordId,
      fieldId: { in: [...fieldIds] },
    },
    select: {
      fieldId: true,
      textValue: true,
      numberValue: true,
      dateValue: true,
      boolValue: true,
      field: { select: { type: true } },
    },
  });
  return new Map(rows.map((row) => [row.fieldId, fromStoredValue(row.field.type, row)]));
}
