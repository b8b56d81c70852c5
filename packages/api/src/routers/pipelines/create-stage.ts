import { createStage } from "../../domain/pipelines/stages";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateStageInput, ZCreateStageOutput } from "./create-stage.types";

/** A new stage at the end of its pipeline. */
export const createStageProcedure = projectProcedure
  .use(requires("settings.pipeline", "create"))
  .input(ZCreateStageInput)
  .output(ZCreateStageOutput)
  .mutation(({ ctx, input }) => createStage(ctx, input));
