import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertAllowed } from "../access/assert-allowed";
import { changeAtVersion } from "../versioning/versioned-change";
import { findStageOrThrow, type TStageFacts } from "./deal-draft";
import { DEAL_SELECT, presentDeal, type TDeal } from "./deal-select";
import { fireTaskChains, type TFiredTask } from "./fire-task-chains";

/**
 * A move is an `edit` of the deal, judged twice: on the deal as it is (findVisibleOrThrow:
 * NOT_FOUND outside view reach, FORBIDDEN when the caller may not edit it now) and on the deal
 * as it would be in the target stage, because stage rights are grant conditions on
 * `deal.stageId`. A deal may only be moved where its mover could still edit it.
 */
function assertMayEnter(
  scope: TProjectScope,
  stored: Record<string, unknown>,
  stage: TStageFacts,
): void {
  const after = {
    ...stored,
    stageId: stage.id,
    pipelineId: stage.pipelineId,
    status: stage.outcome,
  };
  try {
    assertAllowed(scope.subject, "edit", "deal", after);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(
      "FORBIDDEN",
      { key: "deals.stageRefused", params: { stage: stage.name, detail: error.message } },
      error.details,
    );
  }
}

/**
 * Moves a deal to a stage (G6), at the version the caller read, in one transaction: the deal
 * takes the stage's pipeline and outcome (status, and closedAt for won or lost), the move is
 * written to the stage history, and the stage's active task chains create their tasks (G3).
 */
export async function moveDealStage(
  scope: TProjectScope,
  input: { id: string; version: number; stageId: string },
): Promise<{ deal: TDeal; tasks: TFiredTask[] }> {
  const { project, subject } = scope;
  const now = subject.context.now;
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("deal", input.id, "edit", tx);
    const stage = await findStageOrThrow(tx, project.id, input.stageId);
    if (stored.stageId === stage.id) {
      throw new AppError(
        "INVALID_INPUT",
        { key: "deals.alreadyInStage", params: { stage: stage.name } },
        { field: "stageId" },
      );
    }
    assertMayEnter(scope, stored, stage);
    let tasks: TFiredTask[] = [];
    const { after } = await changeAtVersion(scope, tx, {
      resource: "deal",
      noun: "deal",
      id: input.id,
      version: input.version,
      action: "move_stage",
      read: () => tx.deal.findUniqueOrThrow({ where: { id: input.id }, select: DEAL_SELECT }),
      write: async () => {
        const row = await tx.deal.update({
          where: { id: input.id, version: input.version },
          data: {
            stageId: stage.id,
            pipelineId: stage.pipelineId,
            status: stage.outcome,
            closedAt: closedAtAfter(String(stored.status), stage.outcome, now),
            version: { increment: 1 },
          },
          select: DEAL_SELECT,
        });
        await tx.dealStageChange.create({
          data: {
            dealId: row.id,
            fromStageId: String(stored.stageId),
            toStageId: stage.id,
            changedById: subject.employeeId,
          },
        });
        tasks = await fireTaskChains(tx, {
          projectId: project.id,
          stageId: stage.id,
          now,
          deal: { ...row, responsibleId: row.responsible.id },
        });
        return row;
      },
      auditExtra: () => ({ tasksCreated: tasks.map((task) => task.id) }),
    });
    return { deal: await presentDeal(scope, tx, after), tasks };
  });
}

/** Open clears the close date; closing stamps it; moving between stages of one outcome keeps it. */
function closedAtAfter(status: string, outcome: TStageFacts["outcome"], now: Date) {
  if (outcome === "open") return null;
  return status === outcome ? undefined : now;
}
