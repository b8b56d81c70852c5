"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { toDayKey } from "../shared/local-dates";
import type { TCalendarEntry } from "../shared/task-types";
import { moveByKey, type TCalendarView, type TWeekday } from "./calendar-dates";
import type { TCalendarFormat } from "./calendar-format";
import { EntryChip } from "./entry-chip";

const MONTH_CELL_ENTRIES = 3;

type TCalendarGridProps = {
  labelledBy: string;
  view: TCalendarView;
  days: readonly Date[];
  /** The focused and chosen day. */
  selected: Date;
  /** The month a month view shows; its other days are dimmed. */
  month: number;
  todayKey: string | null;
  byDay: ReadonlyMap<string, TCalendarEntry[]>;
  format: TCalendarFormat;
  firstDay: TWeekday;
  busy: boolean;
  onSelect: (day: Date) => void;
  /** Enter or Space on a day: go to its entries. */
  onOpenDay: () => void;
};

/**
 * A month or week as a WAI-ARIA grid: one tab stop (the chosen day); arrows move by a day or
 * a week, Home/End to the week's ends, Page Up/Down by a month (a year with Shift), and the
 * view follows the day across its edge. Enter opens the day's entries below the grid.
 */
export function CalendarGrid({
  labelledBy,
  view,
  days,
  selected,
  month,
  todayKey,
  byDay,
  format,
  firstDay,
  busy,
  onSelect,
  onOpenDay,
}: TCalendarGridProps) {
  const t = useT();
  const gridRef = useRef<HTMLTableElement>(null);
  const moveFocus = useRef(false);
  const selectedKey = toDayKey(selected);

  // After a move by keyboard the new day (perhaps in a newly drawn month) takes the focus.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-day="${selectedKey}"]`)?.focus();
  }, [selectedKey, days]);

  function handleKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpenDay();
      return;
    }
    const next = moveByKey(selected, event.key, firstDay, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    moveFocus.current = true;
    onSelect(next);
  }

  const weeks: Date[][] = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));

  return (
    <table
      ref={gridRef}
      role="grid"
      aria-labelledby={labelledBy}
      aria-busy={busy || undefined}
      onKeyDown={handleKeyDown}
      className="w-full table-fixed border-collapse overflow-hidden rounded-xl border border-slate-200 bg-white text-sm shadow-xs"
    >
      <thead className="bg-slate-50">
        <tr>
          {(weeks[0] ?? []).map((day) => (
            <th
              key={day.getDay()}
              scope="col"
              className="border-b border-slate-200 px-2 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase"
            >
              <abbr title={format.weekdayLong(day)} className="no-underline">
                {format.weekdayShort(day)}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={toDayKey(week[0] ?? selected)}>
            {week.map((day) => {
              const key = toDayKey(day);
              const entries = byDay.get(key) ?? [];
              const isSelected = key === selectedKey;
              const isToday = key === todayKey;
              const outside = view === "month" && day.getMonth() !== month;
              const shown = view === "month" ? entries.slice(0, MONTH_CELL_ENTRIES) : entries;
              const more = entries.length - shown.length;
              const label = [
                format.fullDate(day),
                isToday ? t("tasks.calendar.today") : null,
                entries.length > 0
                  ? t("tasks.calendar.itemsCount", { count: entries.length })
                  : t("tasks.calendar.nothingPlanned"),
              ]
                .filter(Boolean)
                .join(", ");
              return (
                <td
                  key={key}
                  role="gridcell"
                  data-day={key}
                  tabIndex={isSelected ? 0 : -1}
                  aria-selected={isSelected}
                  aria-current={isToday ? "date" : undefined}
                  aria-label={label}
                  onClick={() => onSelect(day)}
                  onDoubleClick={onOpenDay}
                  className={cn(
                    "cursor-pointer border border-slate-100 p-1.5 align-top transition-colors focus:relative focus:z-10 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-inset",
                    view === "month" ? "h-28" : "h-72",
                    isSelected
                      ? "bg-indigo-50"
                      : outside
                        ? "bg-slate-50/70 text-slate-400 hover:bg-slate-100"
                        : "bg-white hover:bg-slate-50",
                  )}
                >
                  <span className="flex h-full flex-col gap-1" aria-hidden="true">
                    <span
                      className={cn(
                        "inline-flex size-6 items-center justify-center self-start rounded-full text-xs font-semibold",
                        isToday
                          ? "bg-indigo-600 text-white"
                          : outside
                            ? "text-slate-400"
                            : "text-slate-700",
                      )}
                    >
                      {day.getDate()}
                    </span>
                    <span className="flex min-h-0 flex-col gap-0.5 overflow-hidden">
                      {shown.map((entry) => (
                        <EntryChip
                          key={`${entry.kind}:${entry.id}`}
                          entry={entry}
                          format={format}
                          wrap={view === "week"}
                        />
                      ))}
                      {more > 0 ? (
                        <span className="px-1.5 text-xs font-medium text-slate-500">
                          {t("tasks.calendar.more", { count: more })}
                        </span>
                      ) : null}
                    </span>
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
