import { visibleFields, type FieldAccess, type Subject } from "@charter/core/engine";

import type { TCardKind } from "./card-kinds";
import type { TCardSection } from "./find-card-sections";

/**
 * What the subject may do with each section of a card (PERMISSIONS.md "Fields", SPEC D8): the
 * engine decides from the sections' group limits and the subject's reach on the resource.
 */
export function sectionAccessOf(
  subject: Subject,
  kind: TCardKind,
  sections: readonly TCardSection[],
): Record<string, FieldAccess> {
  return visibleFields(subject, kind, {
    builtInFields: [],
    sections: sections.map((section) => ({
      id: section.id,
      limitedToGroups: section.limitedToGroups,
      fields: section.fields.map((field) => field.id),
    })),
  }).sections;
}
