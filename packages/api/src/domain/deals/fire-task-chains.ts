import type { Prisma } from "@charter/db/client";

const DAY_MS = 86_400_000;

export type TFiredTask = {
  id: string;
  title: string;
  assigneeId: string | null;
  dueAt: Date | null;
  chainStepId: string | null;
};

type TPerson = {
  id: string;
  status: string;
  accessExpiresAt: Date | null;
} | null;

const PERSON = { select: { id: true, status: true, accessExpiresAt: true } } as const;

function usable(person: TPerson, now: Date): person is NonNullable<TPerson> {
  return (
    person !== null &&
    person.status !== "blocked" &&
    (person.accessExpiresAt === null || person.accessExpiresAt.getTime() > now.getTime())
  );
}

/**
 * Entering a stage creates the tasks of its active chains (G3), in the mover's transaction:
 * one task per step, due `dueAfterDays` after the move, assigned to the deal's responsible,
 * their manager or the named employee. Someone who cannot act (no manager, blocked, access
 * expired, deleted) hands the task to the deal's responsible, so no task is left unowned.
 * The tasks belong to the deal's responsible and carry its company, contact and direction.
 * They are the pipeline's doing, not the mover's, so the mover needs no task right.
 */
export async function fireTaskChains(
  tx: Prisma.TransactionClient,
  input: {
    projectId: string;
    stageId: string;
    now: Date;
    deal: {
      id: string;
      companyId: string | null;
      contactId: string | null;
      responsibleId: string;
      directionId: string | null;
    };
  },
): Promise<TFiredTask[]> {
  const { deal, now } = input;
  const chains = await tx.taskChainTemplate.findMany({
    where: { projectId: input.projectId, stageId: input.stageId, isActive: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          description: true,
          dueAfterDays: true,
          assignTo: true,
          employee: PERSON,
        },
      },
    },
  });
  const steps = chains.flatMap((chain) => chain.steps);
  if (steps.length === 0) return [];
  const responsible = await tx.employee.findUniqueOrThrow({
    where: { id: deal.responsibleId },
    select: { id: true, manager: PERSON },
  });
  const assigneeOf = (step: (typeof steps)[number]): string => {
    const chosen = step.assignTo === "responsible_manager" ? responsible.manager : step.employee;
    return step.assignTo !== "responsible" && usable(chosen, now) ? chosen.id : responsible.id;
  };
  return tx.task.createManyAndReturn({
    data: steps.map((step) => ({
      projectId: input.projectId,
      title: step.title,
      description: step.description,
      dueAt: new Date(now.getTime() + step.dueAfterDays * DAY_MS),
      assigneeId: assigneeOf(step),
      dealId: deal.id,
      companyId: deal.companyId,
      contactId: deal.contactId,
      chainStepId: step.id,
      responsibleId: deal.responsibleId,
      directionId: deal.directionId,
    })),
    select: { id: true, title: true, assigneeId: true, dueAt: true, chainStepId: true },
  });
}
