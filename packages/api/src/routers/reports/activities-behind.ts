import { withVisibleLinks } from "../../domain/access/visible-links";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { listActivitiesBehind } from "../../domain/reports/activities-behind";
import { buildReportQuery } from "../../domain/reports/report-scope";
import { projectProcedure, requires } from "../../trpc";
import { ZActivitiesBehindInput, ZActivitiesBehindOutput } from "./activities-behind.types";

// What each activity hangs on, so a row can lead to it; an object has no page of its own.
const BEHIND_LINKS = { companyId: "company", contactId: "contact", dealId: "deal" } as const;

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
    return {
      ...page,
      items: await withVisibleLinks(ctx, page.items, BEHIND_LINKS),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  });
