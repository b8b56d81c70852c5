import type { PrismaClient } from "@charter/db/client";

import {
  activitiesBySql,
  dayIn,
  pipelineBySql,
  wonLostBySql,
  type TConversionRow,
} from "../src/routers/reports/reports-test-kit";
import { defaultWonLostDays } from "../src/domain/reports/won-lost-by-month";
import { monthKey } from "../src/domain/reports/zoned-time";

// The peers: each report's aggregate as one plain SQL statement over the whole project, with
// no permission filter. The tests prove the reports equal these for an Admin.

const PRAGUE = "Europe/Prague";

/**
 * Conversion in one pass: each deal's furthest non-lost stage and whether it was won, then
 * one count per stage. (The tests' conversionBySql states the definition more literally, with
 * a subquery per deal and stage; it is too slow to be a fair peer.)
 */
function conversionBySqlFast(db: PrismaClient, projectId: string): Promise<TConversionRow[]> {
  return db.$queryRaw<TConversionRow[]>`
    WITH entered AS (
      SELECT DISTINCT c."dealId", s.id AS "stageId", s."pipelineId", s.position, s.outcome
        FROM "DealStageChange" c
        JOIN "Deal" d ON d.id = c."dealId"
        JOIN "Stage" s ON s.id = c."toStageId"
       WHERE d."projectId" = ${projectId}::uuid
    ), furthest AS (
      SELECT "dealId", "pipelineId",
             max(position) FILTER (WHERE outcome <> 'lost') AS reached,
             bool_or(outcome = 'won') AS won
        FROM entered GROUP BY "dealId", "pipelineId"
    )
    SELECT s.id::text AS "stageId",
           count(e."dealId")::int AS entered,
           (count(*) FILTER (WHERE f.reached > s.position))::int AS advanced,
           (count(*) FILTER (WHERE f.won))::int AS won
      FROM "Stage" s
      LEFT JOIN entered e ON e."stageId" = s.id
      LEFT JOIN furthest f ON f."dealId" = e."dealId" AND f."pipelineId" = s."pipelineId"
     WHERE s."projectId" = ${projectId}::uuid AND s.outcome = 'open'
     GROUP BY s.id
     ORDER BY 1`;
}

export function reportPeers(db: PrismaClient, projectId: string) {
  // The won/lost report's default period: the twelve months up to today in Prague.
  const twelveMonths = defaultWonLostDays(new Date(), PRAGUE, null);
  const from = `${monthKey(twelveMonths.from.year, twelveMonths.from.month)}-01`;
  const to = dayIn(new Date(), PRAGUE);
  return {
    pipelineValue: () => pipelineBySql(db, projectId, null),
    wonLost: () => wonLostBySql(db, { projectId, ids: null, from, to, timeZone: PRAGUE }),
    activities: () => activitiesBySql(db, projectId, null),
    conversion: () => conversionBySqlFast(db, projectId),
  };
}
