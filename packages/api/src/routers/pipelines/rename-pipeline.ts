import { renamePipeline } from "../../domain/pipelines/pipelines";
import { projectProcedure, requires } from "../../trpc";
import { ZRenamePipelineInput, ZRenamePipelineOutput } from "./rename-pipeline.types";

export const renamePipelineProcedure = projectProcedure
  .use(requires("settings.pipeline", "edit"))
  .input(ZRenamePipelineInput)
  .output(ZRenamePipelineOutput)
  .mutation(({ ctx, input }) => renamePipeline(ctx, input));
