import type { PrismaClient } from "@charter/db/client";

import { findPersona } from "../../testing/personas";

/** The seeded opportunities pipeline of the B2B project, stages in order, by key. */
export async function opportunityStages(db: PrismaClient) {
  const admin = await findPersona(db, "admin");
  const pipeline = await db.pipeline.findFirstOrThrow({
    where: { projectId: admin.projectId, key: "opportunities" },
    include: { stages: { orderBy: { position: "asc" } } },
  });
  const byKey = (key: string) => {
    const stage = pipeline.stages.find((each) => each.key === key);
    if (!stage) throw new Error(`No stage ${key} in the seeded pipeline.`);
    return stage;
  };
  return { pipeline, stages: pipeline.stages, byKey };
}

/**
 * Gives the persona one role of these deal grants instead of their seeded roles and groups,
 * as an administrator would; the change counts at the next request.
 */
export async function giveOnlyRole(
  db: PrismaClient,
  personaName: string,
  grants: { action: string; scope: "own" | "project"; condition?: object }[],
) {
  const persona = await findPersona(db, personaName);
  await db.roleAssignment.deleteMany({ where: { employeeId: persona.id } });
  await db.crmGroupMember.deleteMany({ where: { employeeId: persona.id } });
  const role = await db.role.create({
    data: {
      projectId: persona.projectId,
      name: `Deals only ${crypto.randomUUID()}`,
      grants: {
        create: grants.map((grant) => ({
          resource: "deal",
          action: grant.action,
          scope: grant.scope,
          ...(grant.condition ? { condition: grant.condition } : {}),
        })),
      },
    },
  });
  await db.roleAssignment.create({ data: { employeeId: persona.id, roleId: role.id } });
  return { persona, role };
}

export async function catchError(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) =>
      error as { code: string; message: string; appCode?: string; details?: { rule?: string } },
  );
}

/**
 * Deals whose titles start with `token`, made to test orders: titles, amounts, close dates
 * (a third without) and change times repeat, so every order has ties and the close date has
 * nulls; stages come from both seeded pipelines, two of them at the same position; the
 * responsibles are inside and outside Ivan Petrov's team.
 */
export async function createDealsToSort(db: PrismaClient, token: string, count = 24) {
  const admin = await findPersona(db, "admin");
  const people = await Promise.all(
    ["ivanova", "cerny", "horakova", "marek"].map((name) => findPersona(db, name)),
  );
  const stages = await db.stage.findMany({
    where: {
      projectId: admin.projectId,
      key: { in: ["qualification", "proposal", "closed_won", "awareness", "evaluation"] },
    },
    orderBy: [{ position: "asc" }, { key: "asc" }],
  });
  const titles = ["alfa", "bravo", "charlie", "delta"];
  const amounts = ["100.00", "250.50", "100.00", "0.00", "99999.99", "250.50"];
  const changedAt = Date.parse("2026-03-01T09:00:00.000Z");
  for (let index = 0; index < count; index += 1) {
    const stage = stages[index % stages.length];
    const person = people[index % people.length];
    if (!stage || !person) throw new Error("The seed lacks a stage or a person to sort by.");
    await db.deal.create({
      data: {
        projectId: admin.projectId,
        pipelineId: stage.pipelineId,
        stageId: stage.id,
        status: stage.outcome,
        title: `${token} ${titles[index % titles.length] ?? ""}`,
        amount: amounts[index % amounts.length] ?? "0.00",
        currency: "CZK",
        expectedCloseAt: index % 3 === 0 ? null : new Date(Date.UTC(2026, 5, 1 + (index % 5))),
        responsibleId: person.id,
        updatedAt: new Date(changedAt + (index % 7) * 60_000),
      },
    });
  }
}
