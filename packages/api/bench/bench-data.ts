import type { PrismaClient } from "@charter/db/client";

import { createProjectScope, type TProjectScope } from "../src/domain/access/project-scope";
import { loadSubject } from "../src/domain/subject/load-subject";
import { findPersona } from "../src/testing/personas";

/** The persona's request scope, loaded once: what a report's domain function is given. */
export async function scopeOf(db: PrismaClient, persona: string): Promise<TProjectScope> {
  const employee = await findPersona(db, persona);
  const loaded = await loadSubject(db, {
    employeeId: employee.id,
    clientIp: "127.0.0.1",
    now: new Date(),
  });
  if (!loaded) throw new Error(`${persona} has no usable subject.`);
  return createProjectScope({
    db,
    subject: loaded.subject,
    project: loaded.project,
    actor: { projectId: loaded.project.id, employeeId: employee.id, actorEmail: persona, ip: null },
  });
}

/** n − 1 copies of every deal of the project, with its stage history, and of every activity. */
export async function scaleUp(db: PrismaClient, projectId: string, scale: number): Promise<void> {
  if (scale <= 1) return;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        CREATE TEMP TABLE clone ON COMMIT DROP AS
        SELECT d.id AS src, gen_random_uuid() AS dst
          FROM "Deal" d, generate_series(1, ${scale - 1}::int)
         WHERE d."projectId" = ${projectId}::uuid`;
      await tx.$executeRaw`
        INSERT INTO "Deal" (id, "projectId", "pipelineId", "stageId", title, amount, currency,
               status, "expectedCloseAt", "closedAt", "companyId", "contactId", "partnerId",
               "responsibleId", "directionId", "createdAt", "updatedAt")
        SELECT c.dst, d."projectId", d."pipelineId", d."stageId", d.title, d.amount, d.currency,
               d.status, d."expectedCloseAt", d."closedAt", d."companyId", d."contactId",
               d."partnerId", d."responsibleId", d."directionId", d."createdAt", now()
          FROM clone c JOIN "Deal" d ON d.id = c.src`;
      await tx.$executeRaw`
        INSERT INTO "DealStageChange" (id, "dealId", "fromStageId", "toStageId", "changedById", "createdAt")
        SELECT gen_random_uuid(), c.dst, s."fromStageId", s."toStageId", s."changedById", s."createdAt"
          FROM clone c JOIN "DealStageChange" s ON s."dealId" = c.src`;
      await tx.$executeRaw`
        INSERT INTO "Activity" (id, "projectId", kind, subject, "occurredAt", "durationMinutes",
               "companyId", "contactId", "responsibleId", "directionId", "updatedAt")
        SELECT gen_random_uuid(), a."projectId", a.kind, a.subject, a."occurredAt",
               a."durationMinutes", a."companyId", a."contactId", a."responsibleId",
               a."directionId", now()
          FROM "Activity" a, generate_series(1, ${scale - 1}::int)
         WHERE a."projectId" = ${projectId}::uuid`;
    },
    { timeout: 600_000 },
  );
}
