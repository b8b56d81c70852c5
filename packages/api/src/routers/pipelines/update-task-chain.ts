import { updateTaskChain } from "../../domain/pipelines/task-chains";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateTaskChainInput, ZUpdateTaskChainOutput } from "./update-task-chain.types";

export const updateTaskChainProcedure = projectProcedure
  .use(requires("settings.pipeline", "edit"))
  .input(ZUpdateTaskChainInput)
  .output(ZUpdateTaskChainOutput)
  .mutation(({ ctx, input }) => updateTaskChain(ctx, input));
