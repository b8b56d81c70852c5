import { deleteTaskChain } from "../../domain/pipelines/task-chains";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteTaskChainInput, ZDeleteTaskChainOutput } from "./delete-task-chain.types";

/** Tasks the chain already made stay; only the template goes. */
export const deleteTaskChainProcedure = projectProcedure
  .use(requires("settings.pipeline", "delete"))
  .input(ZDeleteTaskChainInput)
  .output(ZDeleteTaskChainOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteTaskChain(ctx, input);
    return { id: input.id };
  });
