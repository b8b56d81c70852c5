// Calendar arithmetic in a named time zone, with Intl alone: a report's days and months begin
// at midnight where the director works, not at midnight UTC. The instants computed here are
// bounds put into the query; no record passes through this file.

/** A calendar day; `month` is 1–12. */
export type TLocalDate = { year: number; month: number; day: number };

/** A half-open interval of instants, [from, to). */
export type TPeriod = { from: Date; to: Date };

export type TMonthBucket = TPeriod & { month: string };

const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

function wallClockOf(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

export function localDateOf(instant: Date, timeZone: string): TLocalDate {
  const { year, month, day } = wallClockOf(instant.getTime(), timeZone);
  return { year, month, day };
}

// How far the zone's wall clock is ahead of UTC at this instant.
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function dayNumber(date: TLocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / (24 * HOUR_MS);
}

/**
 * The first instant of a calendar day in the zone. Usually local midnight; where a daylight
 * saving jump skips midnight (it has, e.g. in São Paulo), the first instant that exists.
 */
export function startOfLocalDay(date: TLocalDate, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  const target = dayNumber(date);
  const dayAt = (instant: number) => dayNumber(localDateOf(new Date(instant), timeZone));
  if (dayAt(guess) === target && dayAt(guess - 1) < target) return new Date(guess);
  // Around a jump the guess can miss; the day's first millisecond is within hours of it.
  let before = guess - 3 * HOUR_MS;
  let at = guess + 3 * HOUR_MS;
  while (at - before > 1) {
    const middle = Math.floor((before + at) / 2);
    if (dayAt(middle) >= target) at = middle;
    else before = middle;
  }
  return new Date(at);
}

export function addDays(date: TLocalDate, days: number): TLocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function compareDates(a: TLocalDate, b: TLocalDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** `from` through `to`, both whole days, as instants in the zone. */
export function periodOf(from: TLocalDate, to: TLocalDate, timeZone: string): TPeriod {
  return { from: startOfLocalDay(from, timeZone), to: startOfLocalDay(addDays(to, 1), timeZone) };
}

export function monthsBetween(from: TLocalDate, to: TLocalDate): number {
  return (to.year - from.year) * 12 + (to.month - from.month) + 1;
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Every calendar month the days `from`–`to` touch, each cut to those days: the first and last
 * month of a period that starts or ends mid-month hold only its part of the month.
 */
export function monthBuckets(from: TLocalDate, to: TLocalDate, timeZone: string): TMonthBucket[] {
  const period = periodOf(from, to, timeZone);
  const buckets: TMonthBucket[] = [];
  for (let index = 0; index < monthsBetween(from, to); index += 1) {
    const year = from.year + Math.floor((from.month - 1 + index) / 12);
    const month = ((from.month - 1 + index) % 12) + 1;
    const start = startOfLocalDay({ year, month, day: 1 }, timeZone);
    const next = startOfLocalDay(
      { year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 },
      timeZone,
    );
    buckets.push({
      month: monthKey(year, month),
      from: start > period.from ? start : period.from,
      to: next < period.to ? next : period.to,
    });
  }
  return buckets;
}

/** `YYYY-MM-DD` as a calendar day; the schema has already checked the shape. */
export function parseLocalDate(text: string): TLocalDate {
  const [year, month, day] = text.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}
