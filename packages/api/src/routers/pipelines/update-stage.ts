import { updateStage } from "../../domain/pipelines/stages";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateStageInput, ZUpdateStageOutput } from "./update-stage.types";

/** Saves a stage; a new outcome re-stamps the status of the deals sitting in it. */
export const updateStageProcedure = projectProcedure
  .use(requires("settings.pipeline", "edit"))
  .input(ZUpdateStageInput)
  .output(ZUpdateStageOutput)
  .mutation(({ ctx, input }) => updateStage(ctx, input));
