/**
 * The periods a director picks from, as whole calendar days (`YYYY-MM-DD`, both included) in
 * the reports' time zone. A preset is kept in the URL by name, so a shared "this quarter"
 * link stays this quarter tomorrow; a custom period is kept as its two days.
 */
export const PERIOD_PRESETS = [
  "thisMonth",
  "lastMonth",
  "thisQuarter",
  "lastQuarter",
  "thisYear",
  "last12Months",
] as const;

export type TPeriodPreset = (typeof PERIOD_PRESETS)[number];

export type TDayRange = { from: string; to: string };

/** A period spans at most this many months (the API refuses longer ones). */
export const MAX_PERIOD_MONTHS = 36;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPeriodPreset(value: string | null): value is TPeriodPreset {
  return PERIOD_PRESETS.includes(value as TPeriodPreset);
}

/** A real calendar day written `YYYY-MM-DD`; "2026-02-30" is not one. */
export function isDay(value: string | null): value is string {
  const match = value ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/** Today's day in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The first and last day of `count` months starting at (year, month0), month0 counted from 0. */
function monthsRange(year: number, month0: number, count: number): TDayRange {
  const first = new Date(Date.UTC(year, month0, 1));
  const last = new Date(Date.UTC(year, month0 + count, 0));
  const write = (date: Date) =>
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return { from: write(first), to: write(last) };
}

/**
 * The days a preset covers, seen from `today`. Whole months, quarters and years, also where
 * they run past today: the pipeline report's period is the expected close date, which lies
 * ahead.
 */
export function presetRange(preset: TPeriodPreset, today: string): TDayRange {
  const year = Number(today.slice(0, 4));
  const month0 = Number(today.slice(5, 7)) - 1;
  const quarter0 = month0 - (month0 % 3);
  switch (preset) {
    case "thisMonth":
      return monthsRange(year, month0, 1);
    case "lastMonth":
      return monthsRange(year, month0 - 1, 1);
    case "thisQuarter":
      return monthsRange(year, quarter0, 3);
    case "lastQuarter":
      return monthsRange(year, quarter0 - 3, 3);
    case "thisYear":
      return monthsRange(year, 0, 12);
    case "last12Months":
      return monthsRange(year, month0 - 11, 12);
  }
}

export type TCustomPeriodProblem = "order" | "tooLong";

/** Why a custom period cannot be asked for, or null when it can. */
export function checkCustomPeriod(from: string, to: string): TCustomPeriodProblem | null {
  if (from > to) return "order";
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7))) +
    1;
  return months > MAX_PERIOD_MONTHS ? "tooLong" : null;
}
