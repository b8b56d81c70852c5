const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function localMidnight(text: string | null): Date | undefined {
  const match = text ? DAY.exec(text) : null;
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  const value = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1);
  return value.getDate() === day ? value : undefined;
}

/**
 * The period the reader picked, as the API takes it: from the first day's start to the end of
 * the last day (its next midnight), in the reader's own time zone. Either end may be open.
 */
export function auditPeriod(from: string | null, to: string | null): { from?: Date; to?: Date } {
  const start = localMidnight(from);
  const lastDay = localMidnight(to);
  const end = lastDay
    ? new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1)
    : undefined;
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}
