import { Prisma, type PrismaClient } from "@charter/db/client";

import {
  addMoney,
  byCurrencyName,
  formatMoney,
  weightedAmount,
  type TCurrencyFigure,
} from "./money";
import type { TReportQuery } from "./report-query";
import { dealFiltersWhere, withinPeriod } from "./report-filters";

export type TPipelineCurrencyFigure = TCurrencyFigure & { weighted: string | null };

export type TPipelineStageFigure = {
  pipeline: { id: string; name: string };
  stage: { id: string; name: string; position: number; probability: number };
  count: number;
  byCurrency: TPipelineCurrencyFigure[];
};

export type TPipelineValue = {
  amountHidden: boolean;
  stages: TPipelineStageFigure[];
  totals: { count: number; byCurrency: TPipelineCurrencyFigure[] };
};

/**
 * The deals behind one bar of the pipeline (SPEC J1): open deals the caller may view, with
 * the report's filters, in `stageId` (and `currency`). The report groups exactly this where,
 * so a drill-down counts what the bar shows. The period is the expected close date.
 */
export function pipelineFigureWhere(
  query: TReportQuery,
  figure: { stageId?: string; currency?: string | undefined } = {},
): Prisma.DealWhereInput {
  return {
    AND: [
      query.dealReach,
      dealFiltersWhere(query.filters),
      { status: "open", ...withinPeriod("expectedCloseAt", query.filters.period) },
      figure.stageId ? { stageId: figure.stageId } : {},
      figure.currency ? { currency: figure.currency } : {},
    ],
  };
}

type TStageGroup = {
  stageId: string;
  currency: string;
  count: number;
  amount: Prisma.Decimal | null;
};

/** Open deals per stage, in stage order: count, sum and weighted sum per currency. */
export async function computePipelineValue(
  db: PrismaClient,
  query: TReportQuery,
): Promise<TPipelineValue> {
  const where = pipelineFigureWhere(query);
  const [stages, groups] = await Promise.all([
    db.stage.findMany({
      where: {
        projectId: query.filters.projectId,
        ...(query.filters.pipelineId ? { pipelineId: query.filters.pipelineId } : {}),
      },
      orderBy: [{ pipeline: { position: "asc" } }, { pipelineId: "asc" }, { position: "asc" }],
      select: {
        id: true,
        name: true,
        position: true,
        probability: true,
        outcome: true,
        pipeline: { select: { id: true, name: true } },
      },
    }),
    groupOpenDeals(db, where, query.amountHidden),
  ]);

  const withDeals = new Set(groups.map((group) => group.stageId));
  const figures = stages
    .filter((stage) => stage.outcome === "open" || withDeals.has(stage.id))
    .map((stage): TPipelineStageFigure => {
      const own = groups.filter((group) => group.stageId === stage.id);
      return {
        pipeline: stage.pipeline,
        stage: {
          id: stage.id,
          name: stage.name,
          position: stage.position,
          probability: stage.probability,
        },
        count: own.reduce((sum, group) => sum + group.count, 0),
        byCurrency: own
          .map((group) => ({
            currency: group.currency,
            count: group.count,
            amount: query.amountHidden ? null : formatMoney(group.amount),
            weighted: query.amountHidden
              ? null
              : formatMoney(weightedAmount(group.amount, stage.probability)),
          }))
          .sort(byCurrencyName),
      };
    });
  return {
    amountHidden: query.amountHidden,
    stages: figures,
    totals: totalsOf(groups, stages, query.amountHidden),
  };
}

async function groupOpenDeals(
  db: PrismaClient,
  where: Prisma.DealWhereInput,
  amountHidden: boolean,
): Promise<TStageGroup[]> {
  if (amountHidden) {
    const rows = await db.deal.groupBy({
      by: ["stageId", "currency"],
      where,
      _count: { _all: true },
    });
    return rows.map((row) => ({ ...row, count: row._count._all, amount: null }));
  }
  const rows = await db.deal.groupBy({
    by: ["stageId", "currency"],
    where,
    _count: { _all: true },
    _sum: { amount: true },
  });
  return rows.map((row) => ({
    stageId: row.stageId,
    currency: row.currency,
    count: row._count._all,
    amount: row._sum.amount,
  }));
}

// Adds up the database's per-stage sums (a few dozen groups, never rows) per currency.
function totalsOf(
  groups: TStageGroup[],
  stages: { id: string; probability: number }[],
  amountHidden: boolean,
): TPipelineValue["totals"] {
  const probability = new Map(stages.map((stage) => [stage.id, stage.probability]));
  const byCurrency = new Map<
    string,
    { count: number; amount: Prisma.Decimal; weighted: Prisma.Decimal }
  >();
  for (const group of groups) {
    const total = byCurrency.get(group.currency) ?? {
      count: 0,
      amount: new Prisma.Decimal(0),
      weighted: new Prisma.Decimal(0),
    };
    byCurrency.set(group.currency, {
      count: total.count + group.count,
      amount: addMoney(total.amount, group.amount),
      weighted: addMoney(
        total.weighted,
        weightedAmount(group.amount, probability.get(group.stageId) ?? 0),
      ),
    });
  }
  return {
    count: groups.reduce((sum, group) => sum + group.count, 0),
    byCurrency: [...byCurrency.entries()]
      .map(([currency, total]) => ({
        currency,
        count: total.count,
        amount: amountHidden ? null : formatMoney(total.amount),
        weighted: amountHidden ? null : formatMoney(total.weighted),
      }))
      .sort(byCurrencyName),
  };
}
