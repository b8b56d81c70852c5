import { createTaskChain } from "../../domain/pipelines/task-chains";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateTaskChainInput, ZCreateTaskChainOutput } from "./create-task-chain.types";

export const createTaskChainProcedure = projectProcedure
  .use(requires("settings.pipeline", "create"))
  .input(ZCreateTaskChainInput)
  .output(ZCreateTaskChainOutput)
  .mutation(({ ctx, input }) => createTaskChain(ctx, input));
