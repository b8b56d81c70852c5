// The list's order. The API lists tasks last changed first; ordering by due date is done here,
// and only when every task of the list is at hand, so it never orders a part as if it were all.

export type TTaskSort = { key: "due"; direction: "asc" | "desc" };

/** `due` or `-due` in the URL; anything else is the API's own order. */
export function readTaskSort(value: string | null): TTaskSort | null {
  if (value === "due") return { key: "due", direction: "asc" };
  if (value === "-due") return { key: "due", direction: "desc" };
  return null;
}

export function writeTaskSort(sort: TTaskSort | null): string | null {
  if (!sort) return null;
  return sort.direction === "asc" ? "due" : "-due";
}

/** Tasks by due time; those without one come last either way, in the order they came. */
export function sortTasks<T extends { dueAt: Date | null }>(
  rows: readonly T[],
  sort: TTaskSort | null,
): T[] {
  if (!sort) return [...rows];
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (!a.dueAt || !b.dueAt) return (a.dueAt ? 0 : 1) - (b.dueAt ? 0 : 1);
    return sign * (a.dueAt.getTime() - b.dueAt.getTime());
  });
}
