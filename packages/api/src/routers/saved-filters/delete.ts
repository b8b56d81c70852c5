import { deleteSavedFilter } from "../../domain/saved-filters/saved-filters";
import { projectProcedure } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Forgets one of the caller's saved filters; anyone else's answers as missing. */
export const deleteProcedure = projectProcedure
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteSavedFilter(ctx, input.id);
    return { id: input.id };
  });
