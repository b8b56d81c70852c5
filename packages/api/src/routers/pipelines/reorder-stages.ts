import { reorderStages } from "../../domain/pipelines/stages";
import { projectProcedure, requires } from "../../trpc";
import { ZReorderStagesInput, ZReorderStagesOutput } from "./reorder-stages.types";

export const reorderStagesProcedure = projectProcedure
  .use(requires("settings.pipeline", "edit"))
  .input(ZReorderStagesInput)
  .output(ZReorderStagesOutput)
  .mutation(({ ctx, input }) => reorderStages(ctx, input));
