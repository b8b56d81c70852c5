import type { TLocale } from "~/i18n/locales";

import { intlLocaleOf } from "./calendar-dates";

// The calendar's own date words (month names, weekdays, times), in the reader's language and
// zone; src/i18n/format.ts covers whole dates, these are the parts a grid needs.

export type TCalendarFormat = {
  monthTitle: (date: Date) => string;
  weekTitle: (first: Date, last: Date) => string;
  weekdayShort: (date: Date) => string;
  weekdayLong: (date: Date) => string;
  fullDate: (date: Date) => string;
  time: (date: Date) => string;
};

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

export function createCalendarFormat(locale: TLocale): TCalendarFormat {
  const tag = intlLocaleOf(locale);
  const month = new Intl.DateTimeFormat(tag, { month: "long", year: "numeric" });
  const range = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric" });
  const weekdayShort = new Intl.DateTimeFormat(tag, { weekday: "short" });
  const weekdayLong = new Intl.DateTimeFormat(tag, { weekday: "long" });
  const full = new Intl.DateTimeFormat(tag, { dateStyle: "full" });
  const time = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit" });
  return {
    // Russian and Czech write month names in lower case; a heading starts with a capital.
    monthTitle: (date) => capitalise(month.format(date), tag),
    weekTitle: (first, last) => range.formatRange(first, last),
    weekdayShort: (date) => capitalise(weekdayShort.format(date), tag),
    weekdayLong: (date) => capitalise(weekdayLong.format(date), tag),
    fullDate: (date) => capitalise(full.format(date), tag),
    time: (date) => time.format(date),
  };
}
