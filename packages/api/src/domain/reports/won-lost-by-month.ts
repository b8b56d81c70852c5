import type { Prisma, PrismaClient } from "@charter/db/client";

import { AppError } from "../../errors";
import { addMoney, byCurrencyName, formatMoney, type TCurrencyFigure } from "./money";
import { dealFiltersWhere, type TResolvedFilters } from "./report-filters";
import type { TReportQuery } from "./report-query";
import {
  localDateOf,
  monthBuckets,
  monthsBetween,
  type TLocalDate,
  type TMonthBucket,
  type TPeriod,
} from "./zoned-time";

/** Each month is one grouped query; a longer period is refused rather than slow. */
export const MAX_REPORT_MONTHS = 36;

export type TClosedStatus = "won" | "lost";

export type TOutcomeFigure = { count: number; byCurrency: TCurrencyFigure[] };

export type TWonLostMonth = {
  month: string;
  from: Date;
  to: Date;
  won: TOutcomeFigure;
  lost: TOutcomeFigure;
};

export type TWonLost = {
  amountHidden: boolean;
  timeZone: string;
  months: TWonLostMonth[];
  totals: { won: TOutcomeFigure; lost: TOutcomeFigure };
};

/**
 * Without a period: the twelve months up to today in the report's zone (the current month
 * and the eleven before it); with only its last day, the twelve months up to that day.
 */
export function defaultWonLostDays(
  now: Date,
  timeZone: string,
  to: TLocalDate | null,
): { from: TLocalDate; to: TLocalDate } {
  const last = to ?? localDateOf(now, timeZone);
  const start = last.year * 12 + (last.month - 1) - 11;
  return {
    from: { year: Math.floor(start / 12), month: (start % 12) + 1, day: 1 },
    to: last,
  };
}

/** The months of the report: every month the period touches, cut to the period. */
export function reportMonths(filters: TResolvedFilters): TMonthBucket[] {
  const { from, to } = filters.days;
  if (!from || !to) {
    throw new AppError("INVALID_INPUT", { key: "reports.periodBothEnds" }, { field: "from" });
  }
  const months = monthsBetween(from, to);
  if (months > MAX_REPORT_MONTHS) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "reports.periodTooLong", params: { months, max: MAX_REPORT_MONTHS } },
      { field: "from" },
    );
  }
  return monthBuckets(from, to, filters.timeZone);
}

/**
 * The deals behind one bar of won/lost (SPEC J1): deals the caller may view, with the
 * report's filters, closed `status` within the month (local time of the report's zone).
 */
export function wonLostFigureWhere(
  query: TReportQuery,
  figure: { month: TPeriod; status?: TClosedStatus; currency?: string | undefined },
): Prisma.DealWhereInput {
  return {
    AND: [
      query.dealReach,
      dealFiltersWhere(query.filters),
      {
        status: figure.status ?? { in: ["won", "lost"] },
        closedAt: { gte: figure.month.from, lt: figure.month.to },
      },
      figure.currency ? { currency: figure.currency } : {},
    ],
  };
}

type TClosedGroup = {
  status: string;
  currency: string;
  count: number;
  amount: Prisma.Decimal | null;
};

/** Won and lost deals per calendar month; months without deals are zeros. */
export async function computeWonLost(db: PrismaClient, query: TReportQuery): Promise<TWonLost> {
  const months = reportMonths(query.filters);
  // One grouped query per month, side by side on the pool; the totals are added up from the
  // same groups, so they always agree with the months.
  const grouped = await Promise.all(months.map((month) => groupClosedDeals(db, query, month)));

  const rows = months.map((month, index): TWonLostMonth => {
    const groups = grouped[index] ?? [];
    return {
      month: month.month,
      from: month.from,
      to: month.to,
      won: outcomeOf(groups, "won", query.amountHidden),
      lost: outcomeOf(groups, "lost", query.amountHidden),
    };
  });
  const all = grouped.flat();
  return {
    amountHidden: query.amountHidden,
    timeZone: query.filters.timeZone,
    months: rows,
    totals: {
      won: outcomeOf(all, "won", query.amountHidden),
      lost: outcomeOf(all, "lost", query.amountHidden),
    },
  };
}

async function groupClosedDeals(
  db: PrismaClient,
  query: TReportQuery,
  month: TPeriod,
): Promise<TClosedGroup[]> {
  const where = wonLostFigureWhere(query, { month });
  if (query.amountHidden) {
    const rows = await db.deal.groupBy({
      by: ["status", "currency"],
      where,
      _count: { _all: true },
    });
    return rows.map((row) => ({ ...row, count: row._count._all, amount: null }));
  }
  const rows = await db.deal.groupBy({
    by: ["status", "currency"],
    where,
    _count: { _all: true },
    _sum: { amount: true },
  });
  return rows.map((row) => ({
    status: row.status,
    currency: row.currency,
    count: row._count._all,
    amount: row._sum.amount,
  }));
}

// Adds the database's per-month groups (never rows) up per outcome and currency.
function outcomeOf(
  groups: TClosedGroup[],
  status: TClosedStatus,
  amountHidden: boolean,
): TOutcomeFigure {
  const byCurrency = new Map<string, { count: number; amount: Prisma.Decimal | null }>();
  for (const group of groups.filter((candidate) => candidate.status === status)) {
    const total = byCurrency.get(group.currency) ?? { count: 0, amount: null };
    byCurrency.set(group.currency, {
      count: total.count + group.count,
      amount: addMoney(total.amount, group.amount),
    });
  }
  return {
    count: [...byCurrency.values()].reduce((sum, total) => sum + total.count, 0),
    byCurrency: [...byCurrency.entries()]
      .map(([currency, total]) => ({
        currency,
        count: total.count,
        amount: amountHidden ? null : formatMoney(total.amount),
      }))
      .sort(byCurrencyName),
  };
}
