import { buildReportQuery } from "../../domain/reports/report-scope";
import { computeWonLost } from "../../domain/reports/won-lost-by-month";
import { projectProcedure, requires } from "../../trpc";
import { ZWonLostInput, ZWonLostOutput } from "./won-lost.types";

/** Deals won and lost per calendar month, months without any as zeros (J1). */
export const wonLostProcedure = projectProcedure
  .use(requires("report", "view"))
  .input(ZWonLostInput)
  .output(ZWonLostOutput)
  .query(async ({ ctx, input }) =>
    computeWonLost(ctx.db, await buildReportQuery(ctx, "wonLost", input)),
  );
