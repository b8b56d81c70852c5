import { addDays, fromDayKey, startOfDay } from "../shared/local-dates";

// What the task list shows, as the URL says it: which view, which statuses, which due dates.
// Absent keys are the defaults, so the plain /tasks address is "my open tasks".

export const TASK_URL_KEYS = ["view", "status", "due", "from", "to", "sort"] as const;

export const TASK_VIEWS = ["mine", "set-by-me", "all"] as const;
export type TTaskViewParam = (typeof TASK_VIEWS)[number];

export const STATUS_CHOICES = ["open", "done", "cancelled", "any"] as const;
export type TStatusChoice = (typeof STATUS_CHOICES)[number];

/** `range` is a custom from–to; the others are relative to now. */
export const DUE_CHOICES = ["any", "overdue", "today", "week", "range"] as const;
export type TDueChoice = (typeof DUE_CHOICES)[number];

export type TTaskStatus = "open" | "done" | "cancelled";

export type TTaskListParams = {
  view: TTaskViewParam;
  status: TStatusChoice;
  due: TDueChoice;
  /** Day keys of a custom range, both days included. */
  from: string | null;
  to: string | null;
};

function pick<T extends string>(choices: readonly T[], value: string | null, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** Reads the query string leniently: an unknown value is the default, never an error page. */
export function readTaskListParams(
  raw: Record<Exclude<(typeof TASK_URL_KEYS)[number], "sort">, string | null>,
) {
  const from = raw.from && fromDayKey(raw.from) ? raw.from : null;
  const to = raw.to && fromDayKey(raw.to) ? raw.to : null;
  // A shared link with only from/to means the range, whatever `due` says.
  const due = from || to ? "range" : pick(DUE_CHOICES, raw.due, "any");
  return {
    view: pick(TASK_VIEWS, raw.view, "mine"),
    status: pick(STATUS_CHOICES, raw.status, "open"),
    due,
    from: due === "range" ? from : null,
    to: due === "range" ? to : null,
  } satisfies TTaskListParams;
}

const API_VIEWS = { mine: "mine", "set-by-me": "setByMe", all: "all" } as const;

export type TApiTaskFilter = {
  view: (typeof API_VIEWS)[TTaskViewParam];
  statuses?: TTaskStatus[];
  dueFrom?: Date;
  dueTo?: Date;
};

export function statusesOf(status: TStatusChoice): TTaskStatus[] | undefined {
  return status === "any" ? undefined : [status];
}

/** Whether a custom range ends before it starts: the list is not asked, the field says why. */
export function isRangeBackwards(params: TTaskListParams): boolean {
  if (!params.from || !params.to) return false;
  return params.from > params.to;
}

/**
 * The API's filter for these params at `now` (which the caller rounds to the minute, so the
 * query does not change on every render). Days are the reader's own: "today" is from their
 * midnight to the next; a range includes its last day.
 */
export function toApiTaskFilter(params: TTaskListParams, now: Date): TApiTaskFilter {
  const filter: TApiTaskFilter = { view: API_VIEWS[params.view] };
  const statuses = statusesOf(params.status);
  if (statuses) filter.statuses = statuses;
  const today = startOfDay(now);
  switch (params.due) {
    case "overdue":
      filter.dueTo = now;
      break;
    case "today":
      filter.dueFrom = today;
      filter.dueTo = addDays(today, 1);
      break;
    case "week":
      filter.dueFrom = today;
      filter.dueTo = addDays(today, 7);
      break;
    case "range": {
      const from = params.from ? fromDayKey(params.from) : null;
      const to = params.to ? fromDayKey(params.to) : null;
      if (from) filter.dueFrom = from;
      if (to) filter.dueTo = addDays(to, 1);
      break;
    }
    case "any":
      break;
  }
  return filter;
}

/** The query string for a change of params: defaults are left out, so links stay short. */
export function toUrlPatch(params: Partial<TTaskListParams>): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  if ("view" in params) patch.view = params.view === "mine" ? null : (params.view ?? null);
  if ("status" in params) patch.status = params.status === "open" ? null : (params.status ?? null);
  if ("due" in params) {
    patch.due = params.due === "any" ? null : (params.due ?? null);
    if (params.due !== "range") {
      patch.from = null;
      patch.to = null;
    }
  }
  if ("from" in params) patch.from = params.from ?? null;
  if ("to" in params) patch.to = params.to ?? null;
  return patch;
}
