import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { listActivitiesBehind } from "../../domain/reports/activities-behind";
import { buildReportQuery } from "../../domain/reports/report-scope";
import { projectProcedure, requires } from "../../trpc";
import { ZActivitiesBehindInput, ZActivitiesBehindOutput } from "./activities-behind.types";

/** The activities behind one cell of activities per employee, a page at a time. */
export const activitiesBehindProcedure = projectProcedure
  .use(requires("report", "view"))
  .input(ZActivitiesBehindInput)
  .output(ZActivitiesBehindOutput)
  .query(async ({ ctx, input }) => {
    const query = await buildReportQuery(ctx, "activities", input.filters);
    const page = await listActivitiesBehind(ctx.db, query, {
      figure: input.figure,
      cursor: input.cursor,
      limit: input.limit,
    });
    return { ...page, nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null };
  });
