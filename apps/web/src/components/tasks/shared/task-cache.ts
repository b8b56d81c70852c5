// The shapes the task lists take in the query cache: a page (`{ items, nextCursor }`) or the
// pages of a "Load more" list (`{ pages: [...] }`). Optimistic changes go through here, so a
// task changes the same way wherever it is shown.

type TWithId = { id: string };
type TPage<T> = { items: T[]; nextCursor: string | null };
type TPages<T> = { pages: TPage<T>[]; pageParams: unknown[] };

function isPage<T>(data: unknown): data is TPage<T> {
  return typeof data === "object" && data !== null && Array.isArray((data as TPage<T>).items);
}

function isPages<T>(data: unknown): data is TPages<T> {
  return typeof data === "object" && data !== null && Array.isArray((data as TPages<T>).pages);
}

/** The cached list with the task of this id replaced by `change(task)`; anything else as it was. */
export function patchTaskInList<T extends TWithId>(
  data: unknown,
  id: string,
  change: (task: T) => T,
): unknown {
  const patchPage = (page: TPage<T>): TPage<T> => {
    if (!page.items.some((item) => item.id === id)) return page;
    return { ...page, items: page.items.map((item) => (item.id === id ? change(item) : item)) };
  };
  if (isPages<T>(data)) {
    const pages = data.pages.map(patchPage);
    return pages.every((page, index) => page === data.pages[index]) ? data : { ...data, pages };
  }
  if (isPage<T>(data)) return patchPage(data);
  return data;
}

/** Whether a task belongs on a list filtered to these statuses (all of them when none given). */
export function matchesStatuses(
  task: { status: string },
  statuses: readonly string[] | undefined,
): boolean {
  return !statuses || statuses.includes(task.status);
}
