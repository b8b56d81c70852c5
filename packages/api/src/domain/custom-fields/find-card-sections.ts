import type { CustomFieldType } from "@charter/core/validation";

import type { TDbClient } from "../access/project-scope";
import type { TCardKind } from "./card-kinds";

export type TCardField = {
  id: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[] | null;
  required: boolean;
  position: number;
};

export type TCardSection = {
  id: string;
  name: string;
  position: number;
  isDefault: boolean;
  limitedToGroups: string[];
  fields: TCardField[];
};

/**
 * The sections a card of this kind and type shows, in order: those of every record of the kind
 * (no type) and those of its own type. Definitions only; values are read separately, and only
 * for the sections the subject may read.
 */
export async function findCardSections(
  db: TDbClient,
  card: { projectId: string; kind: TCardKind; typeId: string | null },
): Promise<TCardSection[]> {
  const sections = await db.section.findMany({
    where: {
      projectId: card.projectId,
      kind: card.kind,
      OR: [{ typeId: null }, ...(card.typeId ? [{ typeId: card.typeId }] : [])],
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      position: true,
      isDefault: true,
      limitedToGroups: { select: { groupId: true } },
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
        },
      },
    },
  });
  return sections.map((section) => ({
    ...section,
    limitedToGroups: section.limitedToGroups.map((link) => link.groupId),
    fields: section.fields.map((field) => ({ ...field, options: readOptions(field.options) })),
  }));
}

/** A select field's choices as stored (JSON); anything else reads as no choices. */
export function readOptions(stored: unknown): string[] | null {
  if (!Array.isArray(stored)) return null;
  return stored.filter((option): option is string => typeof option === "string");
}
