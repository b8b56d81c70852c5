import type { Action } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import { ownerOf, settingsRow } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

const recordTypeFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const type = await db.recordType.create({
    data: { projectId: owner.projectId, kind: "object", name: crypto.randomUUID() },
  });
  return settingsRow(type, owner.id);
};

const sectionFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const section = await db.section.create({
    data: { projectId: owner.projectId, kind: "company", name: "Matrix", position: 1000 },
  });
  return settingsRow(section, owner.id);
};

const fieldFixture: TFixtureFactory = async (db, ownerName) => {
  const section = await sectionFixture(db, ownerName);
  const field = await db.customField.create({
    data: {
      projectId: (await ownerOf(db, ownerName)).projectId,
      sectionId: section.id,
      key: "fixture",
      label: "Matrix",
      type: "text",
    },
  });
  return settingsRow(field, section.responsibleId, section.id);
};

/** The current order of the sections every object type shows, to reorder it unchanged. */
async function objectSectionOrder(db: PrismaClient, projectId: string): Promise<string[]> {
  const sections = await db.section.findMany({
    where: { projectId, kind: "object", typeId: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return sections.map((section) => section.id);
}

// Settings of sections and fields are judged on the resource: they are not records.
const settings = (action: Action, fixture: TFixtureFactory | undefined, fresh: boolean) =>
  ({ action, resource: "settings.fields", judge: "reach", fixture, fresh }) as const;

export const FIELDS_CASES: TAccessCases = {
  "fields.listTypes": {
    ...settings("view", undefined, false),
    call: (caller) => caller.fields.listTypes({}),
  },
  "fields.createType": {
    ...settings("create", undefined, false),
    call: (caller) =>
      caller.fields.createType({ kind: "object", name: `Matrix ${crypto.randomUUID()}` }),
  },
  "fields.renameType": {
    ...settings("edit", recordTypeFixture, true),
    call: (caller, type) =>
      caller.fields.renameType({
        id: type.id,
        version: type.version,
        name: `Renamed ${crypto.randomUUID()}`,
      }),
  },
  "fields.deleteType": {
    ...settings("delete", recordTypeFixture, true),
    call: (caller, type) => caller.fields.deleteType({ id: type.id, version: type.version }),
  },
  "fields.listSections": {
    ...settings("view", undefined, false),
    call: (caller) => caller.fields.listSections({ kind: "company" }),
  },
  "fields.createSection": {
    ...settings("create", undefined, false),
    call: (caller) => caller.fields.createSection({ kind: "company", name: "Matrix section" }),
  },
  "fields.renameSection": {
    ...settings("edit", sectionFixture, true),
    call: (caller, section) =>
      caller.fields.renameSection({ id: section.id, version: section.version, name: "Renamed" }),
  },
  "fields.limitSection": {
    ...settings("edit", sectionFixture, true),
    call: (caller, section) =>
      caller.fields.limitSection({ id: section.id, version: section.version, groupIds: [] }),
  },
  "fields.reorderSections": {
    ...settings("edit", undefined, false),
    call: async (caller, _row, { db, ivanovaId }) => {
      const { projectId } = await db.employee.findUniqueOrThrow({ where: { id: ivanovaId } });
      return caller.fields.reorderSections({
        kind: "object",
        typeId: null,
        sectionIds: await objectSectionOrder(db, projectId),
      });
    },
  },
  "fields.deleteSection": {
    ...settings("delete", sectionFixture, true),
    call: (caller, section) =>
      caller.fields.deleteSection({ id: section.id, version: section.version }),
  },
  "fields.createField": {
    ...settings("create", sectionFixture, false),
    call: (caller, section) =>
      caller.fields.createField({ sectionId: section.id, label: "Matrix field", type: "text" }),
  },
  "fields.updateField": {
    ...settings("edit", fieldFixture, true),
    call: (caller, field) =>
      caller.fields.updateField({ id: field.id, version: field.version, label: "Renamed" }),
  },
  "fields.reorderFields": {
    ...settings("edit", fieldFixture, true),
    call: (caller, field) =>
      caller.fields.reorderFields({ sectionId: field.parentId ?? "", fieldIds: [field.id] }),
  },
  "fields.deleteField": {
    ...settings("delete", fieldFixture, true),
    call: (caller, field) => caller.fields.deleteField({ id: field.id, version: field.version }),
  },
};
