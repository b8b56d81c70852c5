import { deleteStage } from "../../domain/pipelines/stages";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteStageInput, ZDeleteStageOutput } from "./delete-stage.types";

/** Only a stage no deal sits in; the refusal says how many do. */
export const deleteStageProcedure = projectProcedure
  .use(requires("settings.pipeline", "delete"))
  .input(ZDeleteStageInput)
  .output(ZDeleteStageOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteStage(ctx, input);
    return { id: input.id };
  });
