import { decide, type RecordResource } from "@charter/core/engine";
import { Prisma, type PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";

import { loadSubject } from "../../domain/subject/load-subject";
import { findPersona } from "../../testing/personas";

// Expectations for the reports' tests, computed without the code under test: the engine
// decides row by row which records a persona may view, and plain SQL adds them up.

type TFindMany = (args: { where: object; select: object }) => Promise<Record<string, unknown>[]>;

/** Ids of every record of the persona's project that `decide` lets them view, one by one. */
export async function idsAllowedFor(
  db: PrismaClient,
  persona: string,
  resource: Extract<RecordResource, "deal" | "activity">,
): Promise<string[] | null> {
  const employee = await findPersona(db, persona);
  const loaded = await loadSubject(db, {
    employeeId: employee.id,
    clientIp: "127.0.0.1",
    now: new Date(),
  });
  if (!loaded) throw new Error(`${persona} has no usable subject.`);
  if (loaded.subject.userType === "admin") return null;
  // engineRecordSelect is built at run time, so the delegate is called untyped.
  const delegate = (resource === "deal" ? db.deal : db.activity) as unknown as {
    findMany: TFindMany;
  };
  const rows = await delegate.findMany({
    where: { projectId: employee.projectId },
    select: { ...engineRecordSelect(resource), id: true },
  });
  return rows
    .filter((row) => decide(loaded.subject, "view", resource, toEngineRecord(row)).allowed)
    .map((row) => row.id as string);
}

/** `AND "id" = ANY(ids)` when the persona is limited, nothing for an Admin. */
export function onlyIds(column: string, ids: string[] | null): Prisma.Sql {
  if (ids === null) return Prisma.empty;
  return Prisma.sql`AND ${Prisma.raw(column)} = ANY(${ids}::uuid[])`;
}

export type TPipelineRow = {
  stageId: string;
  currency: string;
  count: number;
  amount: string;
  weighted: string;
};

export async function pipelineBySql(
  db: PrismaClient,
  projectId: string,
  ids: string[] | null,
): Promise<TPipelineRow[]> {
  return db.$queryRaw<TPipelineRow[]>`
    SELECT d."stageId"::text AS "stageId", d.currency::text AS currency, count(*)::int AS count,
           sum(d.amount)::text AS amount,
           round(sum(d.amount) * s.probability / 100.0, 2)::text AS weighted
      FROM "Deal" d JOIN "Stage" s ON s.id = d."stageId"
     WHERE d."projectId" = ${projectId}::uuid AND d.status = 'open' ${onlyIds('d."id"', ids)}
     GROUP BY d."stageId", d.currency, s.probability
     ORDER BY 1, 2`;
}

export type TWonLostRow = {
  month: string;
  status: string;
  currency: string;
  count: number;
  amount: string;
};

/** Months cut in PostgreSQL's own time zone database, independently of the code under test. */
export async function wonLostBySql(
  db: PrismaClient,
  input: { projectId: string; ids: string[] | null; from: string; to: string; timeZone: string },
): Promise<TWonLostRow[]> {
  const { projectId, ids, from, to, timeZone } = input;
  return db.$queryRaw<TWonLostRow[]>`
    SELECT to_char(d."closedAt" AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month,
           d.status::text AS status, d.currency::text AS currency, count(*)::int AS count,
           sum(d.amount)::text AS amount
      FROM "Deal" d
     WHERE d."projectId" = ${projectId}::uuid AND d.status IN ('won', 'lost')
       AND d."closedAt" >= (${from}::date)::timestamp AT TIME ZONE ${timeZone}
       AND d."closedAt" < (${to}::date + 1)::timestamp AT TIME ZONE ${timeZone}
       ${onlyIds('d."id"', ids)}
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3`;
}

export type TActivityRow = { responsibleId: string; kind: string; count: number };

export async function activitiesBySql(
  db: PrismaClient,
  projectId: string,
  ids: string[] | null,
): Promise<TActivityRow[]> {
  return db.$queryRaw<TActivityRow[]>`
    SELECT a."responsibleId"::text AS "responsibleId", a.kind::text AS kind, count(*)::int AS count
      FROM "Activity" a
     WHERE a."projectId" = ${projectId}::uuid ${onlyIds('a."id"', ids)}
     GROUP BY 1, 2
     ORDER BY 1, 2`;
}

export type TConversionRow = { stageId: string; entered: number; advanced: number; won: number };

export async function conversionBySql(
  db: PrismaClient,
  projectId: string,
  ids: string[] | null,
): Promise<TConversionRow[]> {
  return db.$queryRaw<TConversionRow[]>`
    WITH entered AS (
      SELECT DISTINCT c."dealId", c."toStageId"
        FROM "DealStageChange" c JOIN "Deal" d ON d.id = c."dealId"
       WHERE d."projectId" = ${projectId}::uuid ${onlyIds('d."id"', ids)}
    )
    SELECT s.id::text AS "stageId",
           count(e."dealId")::int AS entered,
           (count(e."dealId") FILTER (WHERE EXISTS (
              SELECT 1 FROM "DealStageChange" c2 JOIN "Stage" s2 ON s2.id = c2."toStageId"
               WHERE c2."dealId" = e."dealId" AND s2."pipelineId" = s."pipelineId"
                 AND s2.position > s.position AND s2.outcome <> 'lost')))::int AS advanced,
           (count(e."dealId") FILTER (WHERE EXISTS (
              SELECT 1 FROM "DealStageChange" c3 JOIN "Stage" s3 ON s3.id = c3."toStageId"
               WHERE c3."dealId" = e."dealId" AND s3.outcome = 'won')))::int AS won
      FROM "Stage" s LEFT JOIN entered e ON e."toStageId" = s.id
     WHERE s."projectId" = ${projectId}::uuid AND s.outcome = 'open'
     GROUP BY s.id
     ORDER BY 1`;
}

/** `YYYY-MM-DD` of an instant in a time zone, for periods relative to today. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(instant);
}
