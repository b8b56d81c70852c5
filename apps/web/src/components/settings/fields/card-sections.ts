type TCardSection = { typeId: string | null; position: number; id: string };

/**
 * The sections one card shows, in card order: a kind's shared sections (no type) and, on a
 * type's card, that type's own as well (F1).
 */
export function cardSections<S extends TCardSection>(
  sections: readonly S[],
  typeId: string | null,
): S[] {
  return sections
    .filter((section) => section.typeId === null || section.typeId === typeId)
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}
