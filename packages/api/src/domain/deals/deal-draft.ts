import type { EngineRecord } from "@charter/core/engine";

import { AppError } from "../../errors";
import type { TDbClient, TProjectScope } from "../access/project-scope";
import type { findResponsibleOrThrow } from "../companies/responsible-facts";

type TResponsible = Awaited<ReturnType<typeof findResponsibleOrThrow>>;
export type TPartnerFacts = { id: string; responsibleId: string; directionId: string | null };
export type TStageFacts = {
  id: string;
  pipelineId: string;
  name: string;
  outcome: "open" | "won" | "lost";
};

/**
 * A deal as the engine would see it once saved (a create's draft): stage rights read
 * `stageId`, D6 reads `partner.responsibleId`, so those facts are filled in as they will be.
 */
export function buildDealDraft(input: {
  projectId: string;
  directionId: string | null;
  stage: TStageFacts;
  amount: number;
  currency: string;
  company: { id: string; responsibleId: string } | null;
  contactId: string | null;
  partner: TPartnerFacts | null;
  responsible: TResponsible;
}): EngineRecord {
  const { responsible, company, partner, stage } = input;
  return {
    projectId: input.projectId,
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    status: stage.outcome,
    amount: input.amount,
    currency: input.currency,
    companyId: company?.id ?? null,
    company: company ? { responsibleId: company.responsibleId } : null,
    contactId: input.contactId,
    partnerId: partner?.id ?? null,
    partner: partner
      ? { responsibleId: partner.responsibleId, directionId: partner.directionId }
      : null,
    directionId: input.directionId,
    responsibleId: responsible.id,
    departmentId: responsible.departmentId,
    responsible: { managerPath: responsible.managerPath, name: responsible.name },
    department: responsible.department,
  };
}

/**
 * A partner (G4) is a company marked as a partner that the caller may view; anything else is
 * answered as if it did not exist, so a link never tells a caller about a hidden company.
 */
export async function findLinkedPartnerOrThrow(
  scope: TProjectScope,
  db: TDbClient,
  partnerId: string | null | undefined,
): Promise<TPartnerFacts | null> {
  if (!partnerId) return null;
  const partner = await db.company.findFirst({
    where: {
      AND: [
        { id: partnerId, projectId: scope.project.id, isPartner: true },
        scope.reach("company", "view"),
      ],
    },
    select: { id: true, responsibleId: true, directionId: true },
  });
  if (!partner) {
    throw new AppError("INVALID_INPUT", { key: "deals.noSuchPartner" }, { field: "partnerId" });
  }
  return partner;
}

const STAGE_FACTS = { id: true, pipelineId: true, name: true, outcome: true } as const;

export async function findStageOrThrow(
  db: TDbClient,
  projectId: string,
  stageId: string,
): Promise<TStageFacts> {
  const stage = await db.stage.findFirst({
    where: { id: stageId, projectId },
    select: STAGE_FACTS,
  });
  if (!stage) {
    throw new AppError("INVALID_INPUT", { key: "deals.noSuchStage" }, { field: "stageId" });
  }
  return stage;
}

/**
 * Where a new deal starts: the stage asked for, else the first stage of the pipeline asked
 * for, else the first stage of the project's first pipeline.
 */
export async function resolveStartStage(
  db: TDbClient,
  projectId: string,
  input: { stageId?: string | undefined; pipelineId?: string | undefined },
): Promise<TStageFacts> {
  if (input.stageId) {
    const stage = await findStageOrThrow(db, projectId, input.stageId);
    if (input.pipelineId && stage.pipelineId !== input.pipelineId) {
      throw new AppError("INVALID_INPUT", { key: "deals.stageElsewhere" }, { field: "stageId" });
    }
    return stage;
  }
  const stage = await db.stage.findFirst({
    where: { projectId, ...(input.pipelineId ? { pipelineId: input.pipelineId } : {}) },
    orderBy: [
      { pipeline: { position: "asc" } },
      { pipelineId: "asc" },
      { position: "asc" },
      { id: "asc" },
    ],
    select: STAGE_FACTS,
  });
  if (!stage) {
    throw input.pipelineId
      ? new AppError("INVALID_INPUT", { key: "deals.noSuchPipeline" }, { field: "pipelineId" })
      : new AppError("INVALID_INPUT", { key: "deals.noPipelineYet" });
  }
  return stage;
}
