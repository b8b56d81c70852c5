// Calendar days and moments as the reader's browser sees them. A day is a `YYYY-MM-DD` key in
// the reader's own zone; the API speaks in instants, so each day is turned into its local
// midnight before it is sent.

const pad = (value: number) => String(value).padStart(2, "0");

/** The reader's calendar day of a moment, e.g. "2026-03-05". */
export function toDayKey(value: Date): string {
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** Local midnight of a day key; null for anything that is not a real day. */
export function fromDayKey(key: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(year, month - 1, day);
  // 2026-02-31 would roll over into March: refuse it rather than show another day.
  if (value.getFullYear() !== year || value.getMonth() !== month - 1 || value.getDate() !== day)
    return null;
  return value;
}

/** Local midnight of the moment's day. */
export function startOfDay(value: Date): Date {
  return new Date(value.getFullYear(), value.getMonth(), value.getDate());
}

/** Calendar arithmetic: the same wall-clock time `days` later, across summer-time changes. */
export function addDays(value: Date, days: number): Date {
  const next = new Date(value);
  next.setDate(next.getDate() + days);
  return next;
}

/** A moment as a `datetime-local` input shows it: the reader's own zone, to the minute. */
export function toLocalInput(value: Date): string {
  return `${toDayKey(value)}T${pad(value.getHours())}:${pad(value.getMinutes())}`;
}

/** What a `datetime-local` input holds, as a moment in the reader's zone; null when unreadable. */
export function fromLocalInput(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(text);
  if (!match) return null;
  const day = fromDayKey(match[1] ?? "");
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (!day || hours > 23 || minutes > 59) return null;
  day.setHours(hours, minutes);
  return day;
}
