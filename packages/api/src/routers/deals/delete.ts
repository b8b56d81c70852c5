import { deleteDeal } from "../../domain/deals/delete-deal";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a deal with its lines, history, tasks and activities (counted in the audit entry). */
export const deleteProcedure = projectProcedure
  .use(requires("deal", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteDeal(ctx, input);
    return { id: input.id };
  });
