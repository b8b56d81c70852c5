import type { TLocale } from "~/i18n/locales";

import { addDays, startOfDay, toDayKey } from "../shared/local-dates";

// The calendar's geometry (SPEC H4): which days a month or a week shows, where the week
// starts in the reader's language, and how the arrow keys move between days.

// The same regional choices as src/i18n/format.ts: European weeks and dates, English included.
const INTL_LOCALES: Record<TLocale, string> = { en: "en-GB", ru: "ru-RU", cs: "cs-CZ" };

export type TCalendarView = "month" | "week";

/** 1 = Monday … 7 = Sunday, as Intl's week info counts. */
export type TWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

type TWeekInfoLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
};

/** The first day of the week where the reader's language is spoken (Monday when unknown). */
export function firstDayOfWeek(intlLocale: string): TWeekday {
  try {
    // Newer engines have getWeekInfo(); older ones (Node 20) a weekInfo property.
    const locale = new Intl.Locale(intlLocale) as TWeekInfoLocale;
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    return firstDay && firstDay >= 1 && firstDay <= 7 ? (firstDay as TWeekday) : 1;
  } catch {
    return 1;
  }
}

export function intlLocaleOf(locale: TLocale): string {
  return INTL_LOCALES[locale];
}

/** Local midnight of the first day of the week holding `date`. */
export function startOfWeek(date: Date, firstDay: TWeekday): Date {
  const isoWeekday = date.getDay() === 0 ? 7 : date.getDay();
  return addDays(startOfDay(date), -((isoWeekday - firstDay + 7) % 7));
}

/** The same day of another month, or that month's last day when it is shorter. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(date.getDate(), lastDay));
  return target;
}

/** The days a month view shows: whole weeks from the one holding the 1st to the one holding the last. */
export function monthGridDays(date: Date, firstDay: TWeekday): Date[] {
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  const last = new Date(date.getFullYear(), date.getMonth() + 1, 0);
  const start = startOfWeek(first, firstDay);
  const end = addDays(startOfWeek(last, firstDay), 7);
  const days: Date[] = [];
  for (let day = start; day < end; day = addDays(day, 1)) days.push(day);
  return days;
}

export function weekDays(date: Date, firstDay: TWeekday): Date[] {
  const start = startOfWeek(date, firstDay);
  return Array.from({ length: 7 }, (_, index) => addDays(start, index));
}

/** The instants to ask `calendar.events` for: from the first shown day to after the last. */
export function visibleRange(view: TCalendarView, date: Date, firstDay: TWeekday) {
  const days = view === "month" ? monthGridDays(date, firstDay) : weekDays(date, firstDay);
  const first = days[0] ?? startOfDay(date);
  const last = days[days.length - 1] ?? first;
  return { from: first, to: addDays(last, 1), days };
}

/** The previous or next month or week, keeping the chosen day where it can. */
export function shiftPeriod(view: TCalendarView, date: Date, step: -1 | 1): Date {
  return view === "month" ? addMonths(date, step) : addDays(date, 7 * step);
}

/**
 * Where a key moves the focused day in the grid (the WAI-ARIA date grid's keys): arrows by a
 * day or a week, Home/End to the week's ends, Page Up/Down by a month (a year with Shift).
 * Null for any other key.
 */
export function moveByKey(date: Date, key: string, firstDay: TWeekday, shift = false): Date | null {
  switch (key) {
    case "ArrowLeft":
      return addDays(date, -1);
    case "ArrowRight":
      return addDays(date, 1);
    case "ArrowUp":
      return addDays(date, -7);
    case "ArrowDown":
      return addDays(date, 7);
    case "Home":
      return startOfWeek(date, firstDay);
    case "End":
      return addDays(startOfWeek(date, firstDay), 6);
    case "PageUp":
      return addMonths(date, shift ? -12 : -1);
    case "PageDown":
      return addMonths(date, shift ? 12 : 1);
    default:
      return null;
  }
}

/** Entries by the reader's calendar day of their start, in the order given. */
export function groupByDay<T extends { startsAt: Date }>(entries: readonly T[]): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const entry of entries) {
    const key = toDayKey(entry.startsAt);
    const list = byDay.get(key);
    if (list) list.push(entry);
    else byDay.set(key, [entry]);
  }
  return byDay;
}
