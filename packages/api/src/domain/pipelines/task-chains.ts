import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { buildUsableEmployeeWhere } from "../session/usable-employee-where";
import { changeAtVersion, saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { pipelineNotFound } from "./pipeline-select";

const RESOURCE = "settings.pipeline";

export type TChainStepInput = {
  title: string;
  description?: string | null | undefined;
  dueAfterDays: number;
  assignTo: "responsible" | "responsible_manager" | "employee";
  employeeId?: string | null | undefined;
};

const TEMPLATE_SELECT = {
  id: true,
  stageId: true,
  name: true,
  isActive: true,
  version: true,
  steps: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      title: true,
      description: true,
      dueAfterDays: true,
      assignTo: true,
      employee: { select: { id: true, name: true } },
    },
  },
} as const satisfies Prisma.TaskChainTemplateSelect;

export type TTaskChain = Prisma.TaskChainTemplateGetPayload<{ select: typeof TEMPLATE_SELECT }>;

/** The task chains of a stage, or of every stage of a pipeline (G3). */
export async function listTaskChains(
  scope: TProjectScope,
  input: { stageId?: string | undefined; pipelineId?: string | undefined },
): Promise<TTaskChain[]> {
  return scope.db.taskChainTemplate.findMany({
    where: {
      projectId: scope.project.id,
      ...(input.stageId ? { stageId: input.stageId } : {}),
      ...(input.pipelineId ? { stage: { pipelineId: input.pipelineId } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: TEMPLATE_SELECT,
  });
}

/** A named employee must be an active employee of this project; the message names the step. */
async function assertStepEmployees(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  steps: readonly TChainStepInput[],
): Promise<void> {
  for (const [index, step] of steps.entries()) {
    if (step.assignTo !== "employee" || !step.employeeId) continue;
    const found = await tx.employee.findFirst({
      where: {
        id: step.employeeId,
        projectId: scope.project.id,
        ...buildUsableEmployeeWhere(scope.subject.context.now),
      },
      select: { id: true },
    });
    if (!found) {
      throw new AppError(
        "INVALID_INPUT",
        { key: "access.noActiveEmployee" },
        { field: `steps.${index}.employeeId` },
      );
    }
  }
}

function stepRows(steps: readonly TChainStepInput[]) {
  return steps.map((step, position) => ({
    position,
    title: step.title,
    description: step.description ?? null,
    dueAfterDays: step.dueAfterDays,
    assignTo: step.assignTo,
    employeeId: step.assignTo === "employee" ? (step.employeeId ?? null) : null,
  }));
}

export async function createTaskChain(
  scope: TProjectScope,
  input: { stageId: string; name: string; isActive: boolean; steps: TChainStepInput[] },
): Promise<TTaskChain> {
  return scope.db.$transaction(async (tx) => {
    const stage = await tx.stage.findFirst({
      where: { id: input.stageId, projectId: scope.project.id },
      select: { id: true },
    });
    if (!stage) {
      throw new AppError("INVALID_INPUT", { key: "deals.noSuchStage" }, { field: "stageId" });
    }
    await assertStepEmployees(scope, tx, input.steps);
    const chain = await tx.taskChainTemplate.create({
      data: {
        projectId: scope.project.id,
        stageId: stage.id,
        name: input.name,
        isActive: input.isActive,
        steps: { create: stepRows(input.steps) },
      },
      select: TEMPLATE_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: RESOURCE,
      recordId: chain.id,
      after: chain,
    });
    return chain;
  });
}

async function readChainOrThrow(tx: Prisma.TransactionClient, projectId: string, id: string) {
  const chain = await tx.taskChainTemplate.findFirst({
    where: { id, projectId },
    select: TEMPLATE_SELECT,
  });
  if (!chain) throw pipelineNotFound("taskChain");
  return chain;
}

/**
 * Saves a chain's name, activity or steps; given steps replace the old ones whole (tasks
 * already made keep their titles and lose only the link to the step).
 */
export async function updateTaskChain(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    name?: string | undefined;
    isActive?: boolean | undefined;
    steps?: TChainStepInput[] | undefined;
  },
): Promise<TTaskChain> {
  const { id, version, steps, ...fields } = input;
  return scope.db.$transaction(async (tx) => {
    if (steps) await assertStepEmployees(scope, tx, steps);
    const { after } = await changeAtVersion(scope, tx, {
      resource: RESOURCE,
      noun: "taskChain",
      id,
      version,
      read: () => readChainOrThrow(tx, scope.project.id, id),
      write: () =>
        tx.taskChainTemplate.update({
          where: { id, version },
          data: {
            ...fields,
            version: { increment: 1 },
            ...(steps ? { steps: { deleteMany: {}, create: stepRows(steps) } } : {}),
          },
          select: TEMPLATE_SELECT,
        }),
    });
    return after;
  });
}

export async function deleteTaskChain(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await readChainOrThrow(tx, scope.project.id, input.id);
    if (before.version !== input.version) throw staleVersion("taskChain");
    await saveAtVersion("taskChain", () =>
      tx.taskChainTemplate.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, {
      action: "delete",
      resource: RESOURCE,
      recordId: input.id,
      before,
    });
  });
}
