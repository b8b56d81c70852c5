/** The ids with the one at `index` moved by `delta` places; the same order when it cannot move. */
export function moveId(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/**
 * Whether a card's section may move one place: within the card, and never across the line
 * between the two default sections, which stay first (F2), and the others.
 */
export function canMoveSection(
  sections: readonly { isDefault: boolean }[],
  index: number,
  delta: -1 | 1,
): boolean {
  const here = sections[index];
  const there = sections[index + delta];
  return Boolean(here && there && here.isDefault === there.isDefault);
}
