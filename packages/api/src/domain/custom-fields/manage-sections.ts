import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import type { TCardKind } from "./card-kinds";
import { listSettingsSections, type TSettingsSection } from "./list-settings-sections";
import {
  assertGroupsOrThrow,
  assertSectionTypeOrThrow,
  assertVersion,
  findSectionOrThrow,
  rethrowStale,
  staleSetting,
} from "./settings-lookups";

// Sections of a card (SPEC F2, D8); every change is audited under `settings.fields`.

async function answerSection(scope: TProjectScope, id: string): Promise<TSettingsSection> {
  const section = await findSectionOrThrow(scope.db, scope.project.id, id);
  const [answer] = (
    await listSettingsSections(scope.db, {
      projectId: scope.project.id,
      kind: section.kind as TCardKind,
      typeId: section.typeId,
    })
  ).filter((candidate) => candidate.id === id);
  if (!answer) throw staleSetting("section");
  return answer;
}

/** A new section at the end of its card, optionally limited to CRM groups from the start. */
export async function createSection(
  scope: TProjectScope,
  input: { kind: TCardKind; typeId?: string | null | undefined; name: string; groupIds: string[] },
): Promise<TSettingsSection> {
  const projectId = scope.project.id;
  const id = await scope.db.$transaction(async (tx) => {
    await assertSectionTypeOrThrow(tx, projectId, input.kind, input.typeId);
    await assertGroupsOrThrow(tx, projectId, input.groupIds);
    const last = await tx.section.aggregate({
      where: { projectId, kind: input.kind },
      _max: { position: true },
    });
    const section = await tx.section.create({
      data: {
        projectId,
        kind: input.kind,
        typeId: input.typeId ?? null,
        name: input.name,
        position: (last._max.position ?? -1) + 1,
        limitedToGroups: { create: [...new Set(input.groupIds)].map((groupId) => ({ groupId })) },
      },
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "settings.fields",
      recordId: section.id,
      after: { ...section, groupIds: input.groupIds },
    });
    return section.id;
  });
  return answerSection(scope, id);
}

export async function renameSection(
  scope: TProjectScope,
  input: { id: string; version: number; name: string },
): Promise<TSettingsSection> {
  await scope.db.$transaction(async (tx) => {
    const before = await findSectionOrThrow(tx, scope.project.id, input.id);
    assertVersion("section", before.version, input.version);
    const after = await tx.section
      .update({
        where: { id: input.id, version: input.version },
        data: { name: input.name, version: { increment: 1 } },
      })
      .catch(rethrowStale("section"));
    await scope.writeAudit(tx, {
      action: "update",
      resource: "settings.fields",
      recordId: input.id,
      before,
      after,
    });
  });
  return answerSection(scope, input.id);
}

/**
 * Limits a section to CRM groups (D8); no groups opens it to everyone who may see the record.
 * The database bumps the project's permission version with the change, so it counts at once.
 */
export async function limitSection(
  scope: TProjectScope,
  input: { id: string; version: number; groupIds: string[] },
): Promise<TSettingsSection> {
  const groupIds = [...new Set(input.groupIds)];
  await scope.db.$transaction(async (tx) => {
    const before = await findSectionOrThrow(tx, scope.project.id, input.id);
    assertVersion("section", before.version, input.version);
    await assertGroupsOrThrow(tx, scope.project.id, groupIds);
    const previous = await tx.sectionGroup.findMany({
      where: { sectionId: input.id },
      select: { groupId: true },
    });
    await tx.sectionGroup.deleteMany({ where: { sectionId: input.id } });
    await tx.sectionGroup.createMany({
      data: groupIds.map((groupId) => ({ sectionId: input.id, groupId })),
    });
    await tx.section
      .update({
        where: { id: input.id, version: input.version },
        data: { version: { increment: 1 } },
      })
      .catch(rethrowStale("section"));
    await scope.writeAudit(tx, {
      action: "limit",
      resource: "settings.fields",
      recordId: input.id,
      before: { groupIds: previous.map((link) => link.groupId) },
      after: { groupIds },
    });
  });
  return answerSection(scope, input.id);
}

/**
 * Puts a card's sections in the given order. The list must hold exactly the sections of that
 * card (those every type shows and the type's own); the default sections stay first (F2).
 */
export async function reorderSections(
  scope: TProjectScope,
  input: { kind: TCardKind; typeId: string | null; sectionIds: string[] },
): Promise<TSettingsSection[]> {
  const projectId = scope.project.id;
  await scope.db.$transaction(async (tx) => {
    const sections = await tx.section.findMany({
      where: {
        projectId,
        kind: input.kind,
        OR: [{ typeId: null }, ...(input.typeId ? [{ typeId: input.typeId }] : [])],
      },
      select: { id: true, isDefault: true, position: true },
    });
    assertSamePermutation(
      sections.map((section) => section.id),
      input.sectionIds,
      "sectionIds",
    );
    const defaults = new Set(sections.filter((s) => s.isDefault).map((s) => s.id));
    const firstOther = input.sectionIds.findIndex((id) => !defaults.has(id));
    if (firstOther >= 0 && input.sectionIds.slice(firstOther).some((id) => defaults.has(id))) {
      throw new AppError(
        "INVALID_INPUT",
        { key: "fields.defaultSectionsFirst" },
        { field: "sectionIds" },
      );
    }
    for (const [position, id] of input.sectionIds.entries()) {
      await tx.section.update({ where: { id }, data: { position, version: { increment: 1 } } });
    }
    await scope.writeAudit(tx, {
      action: "reorder",
      resource: "settings.fields",
      recordId: input.sectionIds[0] ?? "",
      before: { order: sections.sort((a, b) => a.position - b.position).map((s) => s.id) },
      after: { kind: input.kind, typeId: input.typeId, order: input.sectionIds },
    });
  });
  return listSettingsSections(scope.db, { projectId, kind: input.kind });
}

/**
 * Deletes a section with its fields and their values on every record. The card's two default
 * sections cannot be deleted (F2).
 */
export async function deleteSection(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await findSectionOrThrow(tx, scope.project.id, input.id);
    if (before.isDefault) {
      throw new AppError("CONFLICT", {
        key: "fields.defaultSectionStays",
        params: { section: before.name },
      });
    }
    assertVersion("section", before.version, input.version);
    const fields = await tx.customField.findMany({
      where: { sectionId: input.id },
      select: { id: true, key: true, label: true, type: true },
    });
    const values = await tx.customFieldValue.count({
      where: { fieldId: { in: fields.map((field) => field.id) } },
    });
    const deleted = await tx.section.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (deleted.count === 0) throw staleSetting("section");
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "settings.fields",
      recordId: input.id,
      before: { ...before, fields, deletedValues: values },
    });
  });
}

/** The ids given must be exactly the ids stored, each once. */
export function assertSamePermutation(
  stored: readonly string[],
  given: readonly string[],
  name: string,
): void {
  const wanted = new Set(stored);
  const same =
    given.length === stored.length &&
    new Set(given).size === given.length &&
    given.every((id) => wanted.has(id));
  if (!same) {
    throw new AppError("INVALID_INPUT", { key: "fields.listEachOnce" }, { field: name });
  }
}
