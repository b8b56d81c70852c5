import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

/**
 * A stage with the number of deals in it that the caller may view: reading the pipeline
 * settings is no right to count deals outside one's reach (D7).
 */
export function stageSelect(dealReach: Prisma.DealWhereInput) {
  return {
    id: true,
    pipelineId: true,
    key: true,
    name: true,
    position: true,
    probability: true,
    outcome: true,
    version: true,
    _count: { select: { deals: { where: dealReach } } },
  } as const satisfies Prisma.StageSelect;
}

/** Stages in board order; the id breaks ties left by concurrent appends. */
export const STAGE_ORDER = [{ position: "asc" }, { id: "asc" }] as const;

export function pipelineSelect(dealReach: Prisma.DealWhereInput) {
  return {
    id: true,
    key: true,
    name: true,
    kind: true,
    position: true,
    version: true,
    stages: { orderBy: [...STAGE_ORDER], select: stageSelect(dealReach) },
  } as const satisfies Prisma.PipelineSelect;
}

type TStageRow = Prisma.StageGetPayload<{ select: ReturnType<typeof stageSelect> }>;
type TPipelineRow = Prisma.PipelineGetPayload<{ select: ReturnType<typeof pipelineSelect> }>;

export type TStage = Omit<TStageRow, "_count"> & { dealCount: number };
export type TPipeline = Omit<TPipelineRow, "stages"> & { stages: TStage[] };

export function presentStage({ _count, ...stage }: TStageRow): TStage {
  return { ...stage, dealCount: _count.deals };
}

export function presentPipeline(row: TPipelineRow): TPipeline {
  return { ...row, stages: row.stages.map(presentStage) };
}

type TEntity = "pipeline" | "stage" | "taskChain";

export function pipelineNotFound(entity: TEntity): AppError {
  return new AppError("NOT_FOUND", { key: "access.notInProject", params: { thing: entity } });
}

/**
 * A key for a new pipeline or stage, derived from its name (`Closed won` → `closed_won`) and
 * made unique among `taken` with a number: keys are what a master-data import matches on.
 */
export function deriveKey(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 48);
  const base = /^[a-z]/.test(slug) ? slug : `s_${slug}`.replace(/_+$/, "");
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    if (!taken.has(`${base}_${suffix}`)) return `${base}_${suffix}`;
  }
}
