import type { FieldAccess, Subject } from "@charter/core/engine";
import { toStoredValue, valueSchemaFor, type CustomFieldValue } from "@charter/core/validation";
import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import { OWNER_COLUMN, type TCardRecord } from "./card-kinds";
import type { TCustomValuesInput } from "./custom-values.schema";
import { findCardSections, type TCardField } from "./find-card-sections";
import { readValues } from "./read-custom-sections";
import { sectionAccessOf } from "./section-access";

export type TCustomValuesChange = {
  before: Record<string, CustomFieldValue | null>;
  after: Record<string, CustomFieldValue | null>;
};

/**
 * Saves custom values on a record inside the caller's transaction (the record's update), so a
 * refusal anywhere rolls the whole save back. Every field must be on the record's card; a field
 * of a section the subject may not write is refused whole with FORBIDDEN (SPEC D8), before any
 * value is looked at; each value is then validated for its field's type (SPEC F2).
 */
export async function writeCustomValues(
  tx: Prisma.TransactionClient,
  subject: Subject,
  card: TCardRecord,
  input: TCustomValuesInput,
): Promise<TCustomValuesChange> {
  const fields = await findWritableFieldsOrThrow(tx, subject, card, Object.keys(input));
  const parsed = parseValuesOrThrow(fields, input);
  const ids = fields.map((field) => field.id);
  const before = await readValues(tx, card, ids);
  for (const field of fields) {
    await storeValue(tx, card, field, parsed.get(field.id) ?? null);
  }
  const after = await readValues(tx, card, ids);
  return { before: asRecord(ids, before), after: asRecord(ids, after) };
}

async function findWritableFieldsOrThrow(
  tx: Prisma.TransactionClient,
  subject: Subject,
  card: TCardRecord,
  fieldIds: readonly string[],
): Promise<TCardField[]> {
  const sections = await findCardSections(tx, card);
  const access = sectionAccessOf(subject, card.kind, sections);
  const onCard = new Map<string, { field: TCardField; access: FieldAccess }>();
  for (const section of sections) {
    for (const field of section.fields) {
      onCard.set(field.id, { field, access: access[section.id] ?? "hidden" });
    }
  }
  // A hidden field is named by its id only: its label belongs to the section the subject
  // may not see.
  const refused = fieldIds.flatMap((id) => {
    const entry = onCard.get(id);
    if (!entry || entry.access === "write") return [];
    return [entry.access === "hidden" ? id : entry.field.label];
  });
  if (refused.length > 0) {
    throw new AppError(
      "FORBIDDEN",
      {
        key: refused.length === 1 ? "fields.sectionReadOnly" : "fields.sectionsReadOnly",
        params: { fields: refused.join(", ") },
      },
      { rule: "field-access" },
    );
  }
  const unknown = fieldIds.filter((id) => !onCard.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      {
        key: unknown.length === 1 ? "fields.notOnCard" : "fields.notOnCardMany",
        params: { fields: unknown.join(", "), kind: card.kind },
      },
      { field: "customValues" },
    );
  }
  return fieldIds.map((id) => (onCard.get(id) as { field: TCardField }).field);
}

function parseValuesOrThrow(
  fields: readonly TCardField[],
  input: TCustomValuesInput,
): Map<string, CustomFieldValue | null> {
  const values = new Map<string, CustomFieldValue | null>();
  const problems: string[] = [];
  for (const field of fields) {
    const result = valueSchemaFor(field).safeParse(input[field.id]);
    if (result.success) values.set(field.id, result.data);
    else problems.push(`${field.label}: ${result.error.issues.map((i) => i.message).join(" ")}`);
  }
  if (problems.length > 0) {
    throw new AppError("INVALID_INPUT", {
      key: "fields.checkValues",
      params: { detail: problems.join(" ") },
    });
  }
  return values;
}

async function storeValue(
  tx: Prisma.TransactionClient,
  card: TCardRecord,
  field: TCardField,
  value: CustomFieldValue | null,
): Promise<void> {
  const owner = { fieldId: field.id, [OWNER_COLUMN[card.kind]]: card.recordId };
  if (value === null) {
    await tx.customFieldValue.deleteMany({ where: owner });
    return;
  }
  const stored = toStoredValue(field.type, value);
  const data = { [stored.column]: stored.value };
  const updated = await tx.customFieldValue.updateMany({
    where: owner,
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    await tx.customFieldValue.create({
      data: { ...owner, ...data, projectId: card.projectId },
    });
  }
}

function asRecord(
  ids: readonly string[],
  values: Map<string, CustomFieldValue | null>,
): Record<string, CustomFieldValue | null> {
  return Object.fromEntries(ids.map((id) => [id, values.get(id) ?? null]));
}
