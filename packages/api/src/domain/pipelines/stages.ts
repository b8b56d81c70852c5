import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertSamePermutation } from "../custom-fields/manage-sections";
import { changeAtVersion, saveAtVersion, staleVersion } from "../versioning/versioned-change";
import {
  deriveKey,
  pipelineNotFound,
  presentStage,
  stageSelect,
  type TPipeline,
  type TStage,
} from "./pipeline-select";
import { findPipelineOrThrow } from "./pipelines";

const RESOURCE = "settings.pipeline";
type TOutcome = "open" | "won" | "lost";

async function readStageOrThrow(scope: TProjectScope, tx: Prisma.TransactionClient, id: string) {
  const row = await tx.stage.findFirst({
    where: { id, projectId: scope.project.id },
    select: stageSelect(scope.reach("deal", "view")),
  });
  if (!row) throw pipelineNotFound("stage");
  return presentStage(row);
}

/** A new stage at the end of its pipeline. */
export async function createStage(
  scope: TProjectScope,
  input: { pipelineId: string; name: string; probability: number; outcome: TOutcome },
): Promise<TStage> {
  const projectId = scope.project.id;
  return scope.db.$transaction(async (tx) => {
    const pipeline = await tx.pipeline.findFirst({
      where: { id: input.pipelineId, projectId },
      select: { id: true, stages: { select: { key: true, position: true } } },
    });
    if (!pipeline) throw pipelineNotFound("pipeline");
    const stage = presentStage(
      await tx.stage.create({
        data: {
          projectId,
          pipelineId: pipeline.id,
          name: input.name,
          probability: input.probability,
          outcome: input.outcome,
          key: deriveKey(input.name, new Set(pipeline.stages.map((each) => each.key))),
          position: Math.max(-1, ...pipeline.stages.map((each) => each.position)) + 1,
        },
        select: stageSelect(scope.reach("deal", "view")),
      }),
    );
    await scope.writeAudit(tx, {
      action: "create",
      resource: RESOURCE,
      recordId: stage.id,
      after: stage,
    });
    return stage;
  });
}

/**
 * Saves a stage's name, probability or outcome. A deal's status follows its stage's outcome,
 * so changing the outcome re-stamps the deals sitting there (status, closedAt, version) in
 * the same transaction; the audit entry counts them.
 */
export async function updateStage(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    fields: {
      name?: string | undefined;
      probability?: number | undefined;
      outcome?: TOutcome | undefined;
    };
  },
): Promise<TStage> {
  const now = scope.subject.context.now;
  return scope.db.$transaction(async (tx) => {
    let restamped = 0;
    const { after } = await changeAtVersion(scope, tx, {
      resource: RESOURCE,
      noun: "stage",
      id: input.id,
      version: input.version,
      read: () => readStageOrThrow(scope, tx, input.id),
      write: async () => {
        const row = await tx.stage.update({
          where: { id: input.id, version: input.version },
          data: { ...input.fields, version: { increment: 1 } },
          select: stageSelect(scope.reach("deal", "view")),
        });
        const outcome = input.fields.outcome;
        if (outcome) {
          const moved = await tx.deal.updateMany({
            where: { stageId: input.id, status: { not: outcome } },
            data: {
              status: outcome,
              closedAt: outcome === "open" ? null : now,
              version: { increment: 1 },
            },
          });
          restamped = moved.count;
        }
        return presentStage(row);
      },
      auditExtra: () => ({ dealsRestamped: restamped }),
    });
    return after;
  });
}

/** Puts a pipeline's stages in a new order, at the pipeline's version (two reorders conflict). */
export async function reorderStages(
  scope: TProjectScope,
  input: { pipelineId: string; version: number; stageIds: string[] },
): Promise<TPipeline> {
  const before = await findPipelineOrThrow(scope, input.pipelineId);
  await scope.db.$transaction(async (tx) => {
    const stored = await tx.stage.findMany({
      where: { pipelineId: before.id },
      select: { id: true },
    });
    assertSamePermutation(
      stored.map((stage) => stage.id),
      input.stageIds,
      "stageIds",
    );
    await saveAtVersion("pipeline", () =>
      tx.pipeline.update({
        where: { id: before.id, version: input.version },
        data: { version: { increment: 1 } },
        select: { id: true },
      }),
    );
    for (const [position, id] of input.stageIds.entries()) {
      await tx.stage.update({ where: { id }, data: { position, version: { increment: 1 } } });
    }
    await scope.writeAudit(tx, {
      action: "reorder",
      resource: RESOURCE,
      recordId: before.id,
      before: { order: before.stages.map((stage) => stage.id) },
      after: { order: input.stageIds },
    });
  });
  return findPipelineOrThrow(scope, input.pipelineId);
}

/**
 * The refusal names how many deals sit in the stage when the caller may view them all; deals
 * outside their reach are not counted for them (D7), only said to exist, since the stage cannot
 * go while they do.
 */
function stageInUse(name: string, sitting: number, visible: number): AppError {
  if (visible === sitting) {
    return new AppError("CONFLICT", {
      key: sitting === 1 ? "pipelines.stageHasDeal" : "pipelines.stageHasDeals",
      params: { count: sitting, stage: name },
    });
  }
  if (visible === 0) {
    return new AppError("CONFLICT", {
      key: "pipelines.stageHasHiddenDeals",
      params: { stage: name },
    });
  }
  return new AppError("CONFLICT", {
    key: visible === 1 ? "pipelines.stageHasDealSeen" : "pipelines.stageHasDealsSeen",
    params: { count: visible, stage: name },
  });
}

/**
 * Deletes a stage no deal sits in. Its task chains go with it; the stage history of deals
 * that once passed through it loses those entries (the schema cascades them), which the audit
 * entry counts. A pipeline keeps at least one stage, or new deals would have nowhere to go.
 */
export async function deleteStage(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const stage = await readStageOrThrow(scope, tx, input.id);
    if (stage.version !== input.version) throw staleVersion("stage");
    const sitting = await tx.deal.count({ where: { stageId: stage.id } });
    if (sitting > 0) throw stageInUse(stage.name, sitting, stage.dealCount);
    const siblings = await tx.stage.count({ where: { pipelineId: stage.pipelineId } });
    if (siblings <= 1) {
      throw new AppError("CONFLICT", { key: "pipelines.onlyStage", params: { stage: stage.name } });
    }
    const historyEntries = await tx.dealStageChange.count({ where: { toStageId: stage.id } });
    const taskChains = await tx.taskChainTemplate.count({ where: { stageId: stage.id } });
    await saveAtVersion("stage", () =>
      tx.stage.delete({ where: { id: stage.id, version: input.version } }),
    ).catch((error: unknown) => {
      // A deal moved in meanwhile: its foreign key keeps the stage.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
        throw new AppError("CONFLICT", {
          key: "pipelines.dealMovedIn",
          params: { stage: stage.name },
        });
      }
      throw error;
    });
    await scope.writeAudit(tx, {
      action: "delete",
      resource: RESOURCE,
      recordId: stage.id,
      before: { ...stage, historyEntries, taskChains },
    });
  });
}
