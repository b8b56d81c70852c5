import type { TCalendarEntry } from "../shared/task-types";

type TKind = TCalendarEntry["kind"];

/** Each kind's colour in the grid, the agenda and the legend (always with its name in words). */
export const KIND_STYLES: Record<TKind, { dot: string; chip: string }> = {
  task: { dot: "bg-indigo-500", chip: "border-indigo-200 bg-indigo-50 text-indigo-900" },
  reminder: { dot: "bg-amber-500", chip: "border-amber-200 bg-amber-50 text-amber-900" },
  meeting: { dot: "bg-emerald-500", chip: "border-emerald-200 bg-emerald-50 text-emerald-900" },
};

export const KIND_LABELS = {
  task: "tasks.calendar.kind.task",
  reminder: "tasks.calendar.kind.reminder",
  meeting: "tasks.calendar.kind.meeting",
} as const;

/** Where an entry leads: a task to its page; reminders and meetings have no page of their own. */
export function entryHref(entry: TCalendarEntry): string | null {
  return entry.kind === "task" ? `/tasks/${entry.id}` : null;
}
