import { listSavedFilters } from "../../domain/saved-filters/saved-filters";
import { projectProcedure } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The caller's own saved filters for one list, newest first. */
export const listProcedure = projectProcedure
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) => listSavedFilters(ctx, input.list));
