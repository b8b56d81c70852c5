import { createPipeline } from "../../domain/pipelines/pipelines";
import { projectProcedure, requires } from "../../trpc";
import { ZCreatePipelineInput, ZCreatePipelineOutput } from "./create-pipeline.types";

/** A new pipeline after the others, without stages yet. */
export const createPipelineProcedure = projectProcedure
  .use(requires("settings.pipeline", "create"))
  .input(ZCreatePipelineInput)
  .output(ZCreatePipelineOutput)
  .mutation(({ ctx, input }) => createPipeline(ctx, input));
