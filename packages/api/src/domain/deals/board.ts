import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { fieldAccessOf } from "../fields/built-in-fields";
import { encodeCursor } from "../pagination/keyset-cursor";
import { KEYSET_ORDER } from "../pagination/keyset-page";
import { STAGE_ORDER } from "../pipelines/pipeline-select";
import { DEAL_SELECT, presentDeals, type TDeal, type TDealRow } from "./deal-select";
import { buildDealWhere, type TDealFilter } from "./list-deals";

type TPipelineRef = { id: string; name: string; kind: "opportunity" | "client_cycle" };

export type TBoardColumn = {
  id: string;
  name: string;
  position: number;
  probability: number;
  outcome: "open" | "won" | "lost";
  /** Every deal of the stage the caller may view, with the board's filters. */
  count: number;
  /** Their amounts by currency; absent when a field rule hides the amount from the caller. */
  sums?: { currency: string; amount: string }[];
  /** The first deals of the column, newest change first; `nextCursor` continues in `list`. */
  deals: TDeal[];
  nextCursor: string | null;
};

export type TBoard = { pipeline: TPipelineRef; pipelines: TPipelineRef[]; columns: TBoardColumn[] };

/**
 * The kanban (G6): for each stage of a pipeline, the first `perStage` deals the caller may
 * view, and the count and amount sums of all of them. Counts and sums are computed by the
 * database over the reach-filtered rows (a GROUP BY, never a fetch), and everything is read in
 * one repeatable-read transaction, so the columns and their totals agree with each other.
 */
export async function findBoard(
  scope: TProjectScope,
  input: Omit<TDealFilter, "pipelineId" | "stageId"> & {
    pipelineId?: string | undefined;
    perStage: number;
  },
): Promise<TBoard> {
  const { pipelineId, perStage, ...filter } = input;
  const pipelines = await scope.db.pipeline.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true },
  });
  const pipeline = pipelineId ? pipelines.find((each) => each.id === pipelineId) : pipelines[0];
  if (!pipeline) {
    throw new AppError(
      "NOT_FOUND",
      pipelineId
        ? { key: "access.notInProject", params: { thing: "pipeline" } }
        : { key: "deals.noPipelineYet" },
    );
  }
  const summed = fieldAccessOf(scope.subject, "deal").amount !== "hidden";
  const where = buildDealWhere(scope, { ...filter, pipelineId: pipeline.id });
  const columns = await scope.db.$transaction(
    async (tx) => {
      const stages = await tx.stage.findMany({
        where: { pipelineId: pipeline.id },
        orderBy: [...STAGE_ORDER],
        select: { id: true, name: true, position: true, probability: true, outcome: true },
      });
      const groups = await tx.deal.groupBy({
        by: ["stageId", "currency"],
        where,
        orderBy: [{ stageId: "asc" }, { currency: "asc" }],
        _count: { _all: true },
        ...(summed ? { _sum: { amount: true } } : {}),
      });
      const rows: TDealRow[][] = [];
      for (const stage of stages) {
        rows.push(
          await tx.deal.findMany({
            where: { AND: [where, { stageId: stage.id }] },
            orderBy: [...KEYSET_ORDER],
            take: perStage,
            select: DEAL_SELECT,
          }),
        );
      }
      const presented = await presentDeals(scope, tx, rows.flat());
      let offset = 0;
      return stages.map((stage, index): TBoardColumn => {
        const mine = groups.filter((group) => group.stageId === stage.id);
        const count = mine.reduce((total, group) => total + group._count._all, 0);
        const deals = presented.slice(offset, offset + (rows[index]?.length ?? 0));
        offset += deals.length;
        const last = deals.at(-1);
        return {
          ...stage,
          count,
          ...(summed
            ? {
                sums: mine.map((group) => ({
                  currency: group.currency,
                  amount: (group._sum?.amount ?? new Prisma.Decimal(0)).toFixed(2),
                })),
              }
            : {}),
          deals,
          nextCursor:
            count > deals.length && last
              ? encodeCursor({ updatedAt: last.updatedAt, id: last.id })
              : null,
        };
      });
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
  return { pipeline, pipelines, columns };
}
