import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { assertAllowed } from "../access/assert-allowed";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import { assertLinkedContactOrThrow, findLinkedCompanyOrThrow } from "../contacts/record-draft";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import { buildDealDraft, findLinkedPartnerOrThrow, resolveStartStage } from "./deal-draft";
import { DEAL_SELECT, presentDeal, type TDeal, type TDealRow } from "./deal-select";
import { fireTaskChains, type TFiredTask } from "./fire-task-chains";

export type TNewDeal = {
  title: string;
  amount?: string | undefined;
  currency: string;
  expectedCloseAt?: Date | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  partnerId?: string | null | undefined;
  pipelineId?: string | undefined;
  stageId?: string | undefined;
  responsibleId?: string | undefined;
};

/**
 * Writes a new deal inside the caller's transaction, judged by the engine on the deal as it
 * will be saved: the creator's sales direction (B3), the stage (stage rights), the partner
 * (D6). Someone else as responsible needs `assign` too, judged on the deal as if it were the
 * creator's. Entering the first stage is a stage entry like any other: it is written to the
 * stage history and fires the stage's task chains (G3).
 */
export async function insertDeal(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  input: TNewDeal & { interestId?: string | undefined },
): Promise<{ row: TDealRow; tasks: TFiredTask[] }> {
  const { subject, project } = scope;
  const now = subject.context.now;
  const { responsibleId = subject.employeeId, pipelineId, stageId, ...fields } = input;
  const stage = await resolveStartStage(tx, project.id, { stageId, pipelineId });
  const company = await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
  await assertLinkedContactOrThrow(scope, tx, fields.contactId);
  const partner = await findLinkedPartnerOrThrow(scope, tx, fields.partnerId);
  const draftOf = async (employeeId: string) =>
    buildDealDraft({
      projectId: project.id,
      directionId: subject.directionId,
      stage,
      amount: Number(fields.amount ?? 0),
      currency: fields.currency,
      company,
      contactId: fields.contactId ?? null,
      partner,
      responsible: await findResponsibleOrThrow(tx, project.id, employeeId, now),
    });
  if (responsibleId !== subject.employeeId) {
    assertAllowed(subject, "assign", "deal", await draftOf(subject.employeeId));
  }
  assertAllowed(subject, "create", "deal", await draftOf(responsibleId));

  const row = await tx.deal.create({
    data: {
      ...fields,
      projectId: project.id,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      status: stage.outcome,
      closedAt: stage.outcome === "open" ? null : now,
      responsibleId,
      directionId: subject.directionId,
    },
    select: DEAL_SELECT,
  });
  await tx.dealStageChange.create({
    data: {
      dealId: row.id,
      fromStageId: null,
      toStageId: stage.id,
      changedById: subject.employeeId,
    },
  });
  const tasks = await fireTaskChains(tx, {
    projectId: project.id,
    stageId: stage.id,
    now,
    deal: { ...row, responsibleId: row.responsible.id },
  });
  return { row, tasks };
}

export async function createDeal(scope: TProjectScope, input: TNewDeal): Promise<TDeal> {
  const { amount, expectedCloseAt } = input;
  assertWritableFields("deal", fieldAccessOf(scope.subject, "deal"), {
    ...(amount === undefined ? {} : { amount }),
    ...(expectedCloseAt === undefined ? {} : { expectedCloseAt }),
  });
  return scope.db.$transaction(async (tx) => {
    const { row, tasks } = await insertDeal(scope, tx, input);
    await scope.writeAudit(tx, {
      action: "create",
      resource: "deal",
      recordId: row.id,
      after: { ...row, tasksCreated: tasks.map((task) => task.id) },
    });
    return presentDeal(scope, tx, row);
  });
}
