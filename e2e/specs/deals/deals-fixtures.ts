import type { Page } from "@playwright/test";

import { hashPassword } from "@charter/api/auth";

import { getE2eDb } from "../../support/e2e-db";
import { readSeededUsers, type TSeededUser } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect } from "../../support/test";

// Seeded people of the demo company (packages/db seed) and the language each one reads.
export const PEOPLE = {
  /** Sales representative, B2B, Sales Prague, Russian. */
  ivanova: "ivanova@demo.charter.test",
  /** Sales representative, B2B, Sales Brno, Czech: outside Olga Ivanova's reach. */
  horakova: "horakova@demo.charter.test",
  /** Head of sales Prague (Administration), Russian. */
  petrov: "petrov@demo.charter.test",
} as const;

export async function signInAs(
  page: Page,
  credentials: { email: string; password: string; name: string },
): Promise<void> {
  await signInThroughForm(page, credentials);
  await expect(page.getByTestId("employee-name")).toHaveText(credentials.name);
}

export function seededUser(email: string): TSeededUser {
  const user = readSeededUsers().find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no user ${email}.`);
  return user;
}

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${crypto.randomUUID().slice(0, 8)}`;
}

async function findEmployee(email: string) {
  return getE2eDb().employee.findFirstOrThrow({
    where: { user: { email }, project: { slug: "charter-b2b" } },
  });
}

/** The seeded opportunities pipeline of the B2B project; its stages by key. */
export async function opportunityStages() {
  const project = await getE2eDb().project.findFirstOrThrow({ where: { slug: "charter-b2b" } });
  const pipeline = await getE2eDb().pipeline.findFirstOrThrow({
    where: { projectId: project.id, key: "opportunities" },
    include: { stages: { orderBy: { position: "asc" } } },
  });
  const byKey = (key: string) => {
    const stage = pipeline.stages.find((each) => each.key === key);
    if (!stage) throw new Error(`No stage ${key} in the seeded pipeline.`);
    return stage;
  };
  return { project, pipeline, byKey };
}

/**
 * A deal of this employee's, in a stage of the seeded opportunities pipeline, with the
 * history entry its creation would have written: arranged in the database, so each spec
 * works on a deal of its own.
 */
export async function createDeal(options: {
  employeeId: string;
  title: string;
  stageKey: string;
  amount?: string;
  withCompany?: boolean;
}) {
  const db = getE2eDb();
  const { project, pipeline, byKey } = await opportunityStages();
  const stage = byKey(options.stageKey);
  const employee = await db.employee.findUniqueOrThrow({ where: { id: options.employeeId } });
  const company = options.withCompany
    ? await db.company.findFirst({
        where: { responsibleId: employee.id },
        orderBy: { id: "asc" },
      })
    : null;
  const deal = await db.deal.create({
    data: {
      projectId: project.id,
      pipelineId: pipeline.id,
      stageId: stage.id,
      title: options.title,
      amount: options.amount ?? "250000.00",
      currency: "CZK",
      status: stage.outcome,
      closedAt: stage.outcome === "open" ? null : new Date(),
      companyId: company?.id ?? null,
      responsibleId: employee.id,
      departmentId: employee.departmentId,
      directionId: employee.directionId,
    },
  });
  await db.dealStageChange.create({
    data: { dealId: deal.id, toStageId: stage.id, changedById: employee.id },
  });
  return { deal, company, stage };
}

export async function createDealFor(
  email: string,
  options: Omit<Parameters<typeof createDeal>[0], "employeeId">,
) {
  const employee = await findEmployee(email);
  return createDeal({ ...options, employeeId: employee.id });
}

/**
 * A junior rep of Sales Prague (English, reporting to Ivan Petrov) whose only role works
 * their own deals in the first two stages: a stage right, as an administrator would set it up.
 */
export async function createJuniorRep() {
  const db = getE2eDb();
  const { project, byKey } = await opportunityStages();
  const petrov = await findEmployee(PEOPLE.petrov);
  const early = [byKey("qualification").id, byKey("needs_analysis").id];
  const password = `pw-${crypto.randomUUID()}`;
  const name = `Junior ${crypto.randomUUID().slice(0, 4)}`;
  const user = await db.user.create({
    data: {
      email: `e2e-${crypto.randomUUID()}@charter.invalid`,
      name,
      locale: "en",
      passwordHash: await hashPassword(password),
    },
  });
  const employee = await db.employee.create({
    data: {
      projectId: project.id,
      userId: user.id,
      name,
      position: "Junior sales representative",
      userType: "employee",
      managerId: petrov.id,
      departmentId: petrov.departmentId,
      directionId: petrov.directionId,
    },
  });
  const role = await db.role.create({
    data: {
      projectId: project.id,
      name: `Junior deals ${crypto.randomUUID().slice(0, 6)}`,
      grants: {
        create: [
          { resource: "deal", action: "view", scope: "own" },
          { resource: "deal", action: "create", scope: "own" },
          {
            resource: "deal",
            action: "edit",
            scope: "own",
            condition: { op: "in", path: "stageId", values: early },
          },
        ],
      },
    },
  });
  await db.roleAssignment.create({ data: { employeeId: employee.id, roleId: role.id } });
  return { email: user.email, password, name, employee };
}
