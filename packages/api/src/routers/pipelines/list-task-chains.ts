import { listTaskChains } from "../../domain/pipelines/task-chains";
import { projectProcedure, requires } from "../../trpc";
import { ZListTaskChainsInput, ZListTaskChainsOutput } from "./list-task-chains.types";

/** The task chains a stage (or each stage of a pipeline) fires on entry (G3). */
export const listTaskChainsProcedure = projectProcedure
  .use(requires("settings.pipeline", "view"))
  .input(ZListTaskChainsInput)
  .output(ZListTaskChainsOutput)
  .query(({ ctx, input }) => listTaskChains(ctx, input));
