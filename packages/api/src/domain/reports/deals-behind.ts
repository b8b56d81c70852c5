import type { Prisma, PrismaClient } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import {
  conversionFigureWhere,
  findConversionStage,
  type TConversionMeasure,
} from "./conversion-by-stage";
import { pipelineFigureWhere } from "./pipeline-value";
import { readConsistently, type TReportQuery } from "./report-query";
import { reportMonths, wonLostFigureWhere, type TClosedStatus } from "./won-lost-by-month";

/** Which figure of which report: the same words the report's output uses. */
export type TDealFigure =
  | { report: "pipelineValue"; stageId: string; currency?: string | undefined }
  | { report: "wonLost"; month: string; status: TClosedStatus; currency?: string | undefined }
  | { report: "conversion"; stageId: string; measure: TConversionMeasure };

const DEAL_BEHIND_SELECT = {
  id: true,
  title: true,
  status: true,
  currency: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  pipeline: { select: { id: true, name: true } },
  stage: { select: { id: true, name: true } },
  responsible: { select: { id: true, name: true } },
} as const satisfies Prisma.DealSelect;

type TDealBehindRow = Prisma.DealGetPayload<{ select: typeof DEAL_BEHIND_SELECT }>;

/** Amount and expected close are null when a field rule hides them from the caller. */
export type TDealBehind = TDealBehindRow & {
  amount: string | null;
  expectedCloseAt: Date | null;
};

export type TDealsBehind = {
  amountHidden: boolean;
  /** How many deals the figure counts: always the figure itself. */
  total: number;
  items: TDealBehind[];
  nextCursor: TKeysetCursor | null;
};

/** The where of one figure, built by the same function the report grouped. */
async function dealFigureWhere(
  db: PrismaClient,
  query: TReportQuery,
  figure: TDealFigure,
): Promise<Prisma.DealWhereInput> {
  switch (figure.report) {
    case "pipelineValue":
      return pipelineFigureWhere(query, figure);
    case "wonLost": {
      const month = reportMonths(query.filters).find((bucket) => bucket.month === figure.month);
      if (!month) {
        throw new AppError(
          "INVALID_INPUT",
          { key: "reports.monthOutside", params: { month: figure.month } },
          { field: "month" },
        );
      }
      return wonLostFigureWhere(query, { month, status: figure.status, currency: figure.currency });
    }
    case "conversion": {
      const stage = await findConversionStage(db, query.filters.projectId, figure.stageId);
      if (!stage) {
        throw new AppError("INVALID_INPUT", { key: "reports.noStageRow" }, { field: "stageId" });
      }
      return conversionFigureWhere(query, stage, figure.measure);
    }
  }
}

/** The deals behind a figure, newest change first, a page at a time, with their count. */
export async function listDealsBehind(
  db: PrismaClient,
  query: TReportQuery,
  input: { figure: TDealFigure; cursor?: TKeysetCursor | undefined; limit: number },
): Promise<TDealsBehind> {
  const where = await dealFigureWhere(db, query, input.figure);
  const after: Prisma.DealWhereInput = input.cursor
    ? {
        OR: [
          { updatedAt: { lt: input.cursor.updatedAt } },
          { updatedAt: input.cursor.updatedAt, id: { lt: input.cursor.id } },
        ],
      }
    : {};
  const { total, rows } = await readConsistently(db, async (tx) => ({
    total: await tx.deal.count({ where }),
    rows: await tx.deal.findMany({
      where: { AND: [where, after] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      // A hidden field is not even read.
      select: {
        ...DEAL_BEHIND_SELECT,
        amount: !query.amountHidden,
        expectedCloseAt: !query.expectedCloseHidden,
      },
    }),
  }));
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    amountHidden: query.amountHidden,
    total,
    items: items.map(({ amount, expectedCloseAt, ...row }) => ({
      ...row,
      amount: query.amountHidden || !amount ? null : amount.toFixed(2),
      expectedCloseAt: query.expectedCloseHidden ? null : (expectedCloseAt ?? null),
    })),
    nextCursor:
      rows.length > input.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null,
  };
}
