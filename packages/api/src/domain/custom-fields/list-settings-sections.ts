import type { TDbClient } from "../access/project-scope";
import type { TCardKind } from "./card-kinds";
import { readOptions } from "./find-card-sections";

/**
 * The sections of a record kind as the settings pages edit them, with their fields and group
 * limits: every section, whichever groups it is limited to (definitions are settings; the
 * values stay behind the limit). `typeId` null lists the sections every type shows; omitted,
 * all of the kind.
 */
export async function listSettingsSections(
  db: TDbClient,
  input: { projectId: string; kind: TCardKind; typeId?: string | null | undefined },
) {
  const sections = await db.section.findMany({
    where: {
      projectId: input.projectId,
      kind: input.kind,
      ...(input.typeId === undefined ? {} : { typeId: input.typeId }),
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      typeId: true,
      name: true,
      position: true,
      isDefault: true,
      version: true,
      limitedToGroups: { select: { group: { select: { id: true, name: true } } } },
      fields: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          key: true,
          label: true,
          type: true,
          options: true,
          required: true,
          position: true,
          version: true,
        },
      },
    },
  });
  return sections.map((section) => ({
    ...section,
    kind: section.kind as TCardKind,
    limitedToGroups: section.limitedToGroups.map((link) => link.group),
    fields: section.fields.map((field) => ({ ...field, options: readOptions(field.options) })),
  }));
}

export type TSettingsSection = Awaited<ReturnType<typeof listSettingsSections>>[number];

/** The project's record types of a kind (F1): each brings its own sections. */
export async function listRecordTypes(db: TDbClient, projectId: string, kind?: TCardKind) {
  const kinds: TCardKind[] = kind ? [kind] : ["company", "contact", "object"];
  const types = await db.recordType.findMany({
    where: { projectId, kind: { in: kinds } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, kind: true, name: true, version: true },
  });
  // The where above keeps only card kinds.
  return types.map((type) => ({ ...type, kind: type.kind as TCardKind }));
}
