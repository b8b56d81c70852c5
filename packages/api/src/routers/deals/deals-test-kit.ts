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
