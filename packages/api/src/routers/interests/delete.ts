import { deleteInterest } from "../../domain/interests/write-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes an interest at the version the caller read. */
export const deleteProcedure = projectProcedure
  .use(requires("interest", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteInterest(ctx, input);
    return { id: input.id };
  });
