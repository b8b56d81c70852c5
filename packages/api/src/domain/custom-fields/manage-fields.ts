import type { CustomFieldType } from "@charter/core/validation";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { readOptions } from "./find-card-sections";
import { assertSamePermutation } from "./manage-sections";
import {
  assertVersion,
  findFieldOrThrow,
  findSectionOrThrow,
  rethrowStale,
  staleSetting,
} from "./settings-lookups";

// Custom fields of a section (SPEC F2). The type is chosen at creation and never changes: no
// procedure takes it after that, and a database trigger refuses the change anyway.

const FIELD_SELECT = {
  id: true,
  sectionId: true,
  key: true,
  label: true,
  type: true,
  options: true,
  required: true,
  position: true,
  version: true,
} as const;

export type TSettingsField = {
  id: string;
  sectionId: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[] | null;
  required: boolean;
  position: number;
  version: number;
};

function present(row: Omit<TSettingsField, "options"> & { options: unknown }): TSettingsField {
  return { ...row, options: readOptions(row.options) };
}

/** A select field needs its choices; any other type takes none. */
// Which sentence: one choice or several, still chosen on one record or several.
const CHOICE_IN_USE = {
  one: { one: "fields.choiceInUseOnce", many: "fields.choiceInUse" },
  many: { one: "fields.choicesInUseOnce", many: "fields.choicesInUse" },
} as const;

function assertOptionsFit(type: CustomFieldType, options: readonly string[] | undefined): void {
  if (type === "select" && (!options || options.length === 0)) {
    throw new AppError("INVALID_INPUT", { key: "fields.selectNeedsChoice" }, { field: "options" });
  }
  if (type !== "select" && options !== undefined) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "fields.onlySelectHasChoices", params: { fieldType: type } },
      { field: "options" },
    );
  }
}

/** A key from the label (`Renewal date` → `renewal_date`), made unique within the section. */
function keyFrom(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .replace(/^(?=[0-9])/, "f_")
      .slice(0, 50) || "field";
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return key;
}

export async function createField(
  scope: TProjectScope,
  input: {
    sectionId: string;
    label: string;
    key?: string | undefined;
    type: CustomFieldType;
    options?: string[] | undefined;
    required: boolean;
  },
): Promise<TSettingsField> {
  assertOptionsFit(input.type, input.options);
  return scope.db.$transaction(async (tx) => {
    const section = await findSectionOrThrow(tx, scope.project.id, input.sectionId);
    const siblings = await tx.customField.findMany({
      where: { sectionId: section.id },
      select: { key: true, position: true },
    });
    const taken = new Set(siblings.map((field) => field.key));
    if (input.key !== undefined && taken.has(input.key)) {
      throw new AppError(
        "CONFLICT",
        { key: "fields.keyTaken", params: { key: input.key } },
        { field: "key" },
      );
    }
    const field = await tx.customField.create({
      data: {
        projectId: scope.project.id,
        sectionId: section.id,
        key: input.key ?? keyFrom(input.label, taken),
        label: input.label,
        type: input.type,
        options: input.options,
        required: input.required,
        position: Math.max(-1, ...siblings.map((sibling) => sibling.position)) + 1,
      },
      select: FIELD_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "settings.fields",
      recordId: field.id,
      after: field,
    });
    return present(field);
  });
}

/**
 * Renames a field, edits a select field's choices or whether it is required. A choice still
 * held by records cannot be removed: those records would show a value that is not a choice.
 */
export async function updateField(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    label?: string | undefined;
    options?: string[] | undefined;
    required?: boolean | undefined;
  },
): Promise<TSettingsField> {
  return scope.db.$transaction(async (tx) => {
    const before = await findFieldOrThrow(tx, scope.project.id, input.id);
    assertVersion("field", before.version, input.version);
    if (input.options !== undefined) {
      assertOptionsFit(before.type, input.options);
      const removed = (readOptions(before.options) ?? []).filter(
        (option) => !input.options?.includes(option),
      );
      const inUse = await tx.customFieldValue.count({
        where: { fieldId: before.id, textValue: { in: removed } },
      });
      if (inUse > 0) {
        const options = removed.map((o) => `"${o}"`).join(", ");
        throw new AppError(
          "CONFLICT",
          {
            key: CHOICE_IN_USE[removed.length === 1 ? "one" : "many"][inUse === 1 ? "one" : "many"],
            params: { options, count: inUse },
          },
          { field: "options" },
        );
      }
    }
    const after = await tx.customField
      .update({
        where: { id: input.id, version: input.version },
        data: {
          ...(input.label === undefined ? {} : { label: input.label }),
          ...(input.options === undefined ? {} : { options: input.options }),
          ...(input.required === undefined ? {} : { required: input.required }),
          version: { increment: 1 },
        },
        select: FIELD_SELECT,
      })
      .catch(rethrowStale("field"));
    await scope.writeAudit(tx, {
      action: "update",
      resource: "settings.fields",
      recordId: input.id,
      before,
      after,
    });
    return present(after);
  });
}

/** Puts a section's fields in the given order; the list must hold each of them once. */
export async function reorderFields(
  scope: TProjectScope,
  input: { sectionId: string; fieldIds: string[] },
): Promise<TSettingsField[]> {
  return scope.db.$transaction(async (tx) => {
    await findSectionOrThrow(tx, scope.project.id, input.sectionId);
    const fields = await tx.customField.findMany({
      where: { sectionId: input.sectionId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    assertSamePermutation(
      fields.map((field) => field.id),
      input.fieldIds,
      "fieldIds",
    );
    const after: TSettingsField[] = [];
    for (const [position, id] of input.fieldIds.entries()) {
      const field = await tx.customField.update({
        where: { id },
        data: { position, version: { increment: 1 } },
        select: FIELD_SELECT,
      });
      after.push(present(field));
    }
    await scope.writeAudit(tx, {
      action: "reorder",
      resource: "settings.fields",
      recordId: input.sectionId,
      before: { order: fields.map((field) => field.id) },
      after: { order: input.fieldIds },
    });
    return after;
  });
}

/** Deletes a field with its values on every record; the audit entry counts them. */
export async function deleteField(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await findFieldOrThrow(tx, scope.project.id, input.id);
    assertVersion("field", before.version, input.version);
    const values = await tx.customFieldValue.count({ where: { fieldId: input.id } });
    const deleted = await tx.customField.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (deleted.count === 0) throw staleSetting("field");
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "settings.fields",
      recordId: input.id,
      before: { ...before, deletedValues: values },
    });
  });
}
