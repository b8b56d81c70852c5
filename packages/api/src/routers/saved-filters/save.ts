import { saveFilter } from "../../domain/saved-filters/saved-filters";
import { projectProcedure } from "../../trpc";
import { ZSaveInput, ZSaveOutput } from "./save.types";

/** Keeps the caller's filters under a name; the same name (in any case) is replaced. */
export const saveProcedure = projectProcedure
  .input(ZSaveInput)
  .output(ZSaveOutput)
  .mutation(({ ctx, input }) => saveFilter(ctx, input));
