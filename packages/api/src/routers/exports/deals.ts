import { exportDeals } from "../../domain/exports/export-deals";
import { projectProcedure, requires } from "../../trpc";
import { ZDealsInput, ZDealsOutput } from "./deals.types";

/** The deals the caller may export, as CSV; written to the audit log (E3, D7). */
export const dealsProcedure = projectProcedure
  .use(requires("deal", "export"))
  .input(ZDealsInput)
  .output(ZDealsOutput)
  .mutation(({ ctx, input }) => exportDeals(ctx, input));
