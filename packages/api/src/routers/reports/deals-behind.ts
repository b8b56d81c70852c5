import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { listDealsBehind } from "../../domain/reports/deals-behind";
import { buildReportQuery } from "../../domain/reports/report-scope";
import { projectProcedure, requires } from "../../trpc";
import { ZDealsBehindInput, ZDealsBehindOutput } from "./deals-behind.types";

/** The deals behind one figure of a deal report ("the deals behind this bar"), a page at a time. */
export const dealsBehindProcedure = projectProcedure
  .use(requires("report", "view"))
  .input(ZDealsBehindInput)
  .output(ZDealsBehindOutput)
  .query(async ({ ctx, input }) => {
    const query = await buildReportQuery(ctx, input.figure.report, input.filters);
    const page = await listDealsBehind(ctx.db, query, {
      figure: input.figure,
      cursor: input.cursor,
      limit: input.limit,
    });
    return { ...page, nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null };
  });
