import { computeConversion } from "../../domain/reports/conversion-by-stage";
import { buildReportQuery } from "../../domain/reports/report-scope";
import { projectProcedure, requires } from "../../trpc";
import { ZConversionInput, ZConversionOutput } from "./conversion.types";

/** Of the deals that entered each stage, how many went further and how many were won (J1). */
export const conversionProcedure = projectProcedure
  .use(requires("report", "view"))
  .input(ZConversionInput)
  .output(ZConversionOutput)
  .query(async ({ ctx, input }) =>
    computeConversion(ctx.db, await buildReportQuery(ctx, "conversion", input)),
  );
