import { deleteActivity } from "../../domain/activities/delete-activity";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes an activity at the version the caller read; deleting is its own right (D4). */
export const deleteProcedure = projectProcedure
  .use(requires("activity", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteActivity(ctx, input);
    return { id: input.id };
  });
