import { computePipelineValue } from "../../domain/reports/pipeline-value";
import { buildReportQuery } from "../../domain/reports/report-scope";
import { projectProcedure, requires } from "../../trpc";
import { ZPipelineValueInput, ZPipelineValueOutput } from "./pipeline-value.types";

/** Open deals by stage, in stage order: count, value and weighted value per currency (J1). */
export const pipelineValueProcedure = projectProcedure
  .use(requires("report", "view"))
  .input(ZPipelineValueInput)
  .output(ZPipelineValueOutput)
  .query(async ({ ctx, input }) =>
    computePipelineValue(ctx.db, await buildReportQuery(ctx, "pipelineValue", input)),
  );
