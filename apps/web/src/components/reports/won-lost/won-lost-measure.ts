import type { TWonLost } from "../report-types";

/** Won and lost counted in deals, or summed in one currency (never two added together). */
export type TWonLostMeasure = { kind: "count" } | { kind: "money"; currency: string };

/** The currencies the report has sums in, most used first. */
export function wonLostCurrencies(report: TWonLost): string[] {
  if (report.amountHidden) return [];
  const counts = new Map<string, number>();
  for (const figure of [...report.totals.won.byCurrency, ...report.totals.lost.byCurrency]) {
    counts.set(figure.currency, (counts.get(figure.currency) ?? 0) + figure.count);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([currency]) => currency);
}

/**
 * The measure the URL asks for, if the report can show it; else money in the most used
 * currency, or counts when amounts are hidden or there are none.
 */
export function readWonLostMeasure(
  value: string | null,
  currencies: readonly string[],
): TWonLostMeasure {
  if (value === "count") return { kind: "count" };
  const currency = currencies.find((each) => each === value) ?? currencies[0];
  return currency ? { kind: "money", currency } : { kind: "count" };
}

/** A month's won or lost figure in the measure: the count, and the sum when in money. */
export function outcomeFigure(
  outcome: TWonLost["months"][number]["won"],
  measure: TWonLostMeasure,
): { count: number; amount: string | null } {
  if (measure.kind === "count") return { count: outcome.count, amount: null };
  const figure = outcome.byCurrency.find((each) => each.currency === measure.currency);
  return { count: figure?.count ?? 0, amount: figure?.amount ?? null };
}
