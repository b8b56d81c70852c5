import { createTRPCRouter } from "../../trpc";
import { deleteProcedure } from "./delete";
import { listProcedure } from "./list";
import { saveProcedure } from "./save";

/**
 * Saved list filters are the employee's own preferences, like their language: anyone signed
 * in keeps their own and nobody reads another's, so no role grants them.
 */
export const savedFiltersRouter = createTRPCRouter({
  list: listProcedure,
  save: saveProcedure,
  delete: deleteProcedure,
});
