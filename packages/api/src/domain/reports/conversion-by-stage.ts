import type { Prisma, PrismaClient } from "@charter/db/client";

import { dealFiltersWhere, withinPeriod } from "./report-filters";
import type { TReportQuery } from "./report-query";

/**
 * Of the deals that entered a stage: `entered` all of them; `advanced` those that went on to
 * a later stage of the same pipeline that is not a lost one (a won stage counts); `won`
 * those that reached a won stage. Read from the stage history (DealStageChange).
 */
export const CONVERSION_MEASURES = ["entered", "advanced", "won"] as const;
export type TConversionMeasure = (typeof CONVERSION_MEASURES)[number];

export type TConversionStage = { id: string; pipelineId: string; position: number };

export type TConversionStageFigure = {
  stage: { id: string; name: string; position: number };
  entered: number;
  advanced: number;
  won: number;
  /** advanced ÷ entered and won ÷ entered; null when no deal entered the stage. */
  advanceRate: number | null;
  winRate: number | null;
};

export type TConversion = {
  pipelines: { pipeline: { id: string; name: string }; stages: TConversionStageFigure[] }[];
};

/**
 * The deals behind one conversion figure (SPEC J1): deals the caller may view, with the
 * report's filters; the period is when the deal was created, so each stage's figures are
 * about the same cohort of deals.
 */
export function conversionFigureWhere(
  query: TReportQuery,
  stage: TConversionStage,
  measure: TConversionMeasure,
): Prisma.DealWhereInput {
  const later: Prisma.DealWhereInput = {
    stageChanges: {
      some: {
        toStage: {
          is: {
            pipelineId: stage.pipelineId,
            position: { gt: stage.position },
            outcome: { in: ["open", "won"] },
          },
        },
      },
    },
  };
  const won: Prisma.DealWhereInput = {
    stageChanges: { some: { toStage: { is: { outcome: "won" } } } },
  };
  return {
    AND: [
      query.dealReach,
      dealFiltersWhere(query.filters),
      withinPeriod("createdAt", query.filters.period),
      { stageChanges: { some: { toStageId: stage.id } } },
      measure === "advanced" ? later : {},
      measure === "won" ? won : {},
    ],
  };
}

/** A stage the conversion report has a row for: an open stage of the caller's project. */
export async function findConversionStage(
  db: PrismaClient,
  projectId: string,
  stageId: string,
): Promise<TConversionStage | null> {
  return db.stage.findFirst({
    where: { id: stageId, projectId, outcome: "open" },
    select: { id: true, pipelineId: true, position: true },
  });
}

/** Entered, advanced and won per open stage, pipeline by pipeline, in stage order. */
export async function computeConversion(
  db: PrismaClient,
  query: TReportQuery,
): Promise<TConversion> {
  const pipelines = await db.pipeline.findMany({
    where: {
      projectId: query.filters.projectId,
      ...(query.filters.pipelineId ? { id: query.filters.pipelineId } : {}),
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      stages: {
        where: { outcome: "open" },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, name: true, position: true, pipelineId: true },
      },
    },
  });
  const stages = pipelines.flatMap((pipeline) => pipeline.stages);
  const count = (stage: TConversionStage, measure: TConversionMeasure) =>
    db.deal.count({ where: conversionFigureWhere(query, stage, measure) });
  // One count per figure, side by side on the pool. A stage nothing entered needs no more.
  const entered = await Promise.all(stages.map((stage) => count(stage, "entered")));
  const further = await Promise.all(
    stages.map((stage, index) =>
      entered[index] === 0
        ? Promise.resolve([0, 0])
        : Promise.all([count(stage, "advanced"), count(stage, "won")]),
    ),
  );
  const figures = new Map(
    stages.map((stage, index): [string, TConversionStageFigure] => {
      const inStage = entered[index] ?? 0;
      const [advanced = 0, won = 0] = further[index] ?? [];
      return [
        stage.id,
        {
          stage: { id: stage.id, name: stage.name, position: stage.position },
          entered: inStage,
          advanced,
          won,
          advanceRate: inStage === 0 ? null : advanced / inStage,
          winRate: inStage === 0 ? null : won / inStage,
        },
      ];
    }),
  );
  return {
    pipelines: pipelines.map((pipeline) => ({
      pipeline: { id: pipeline.id, name: pipeline.name },
      stages: pipeline.stages.flatMap((stage) => figures.get(stage.id) ?? []),
    })),
  };
}
