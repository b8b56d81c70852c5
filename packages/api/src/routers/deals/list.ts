import { listDeals } from "../../domain/deals/list-deals";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/**
 * The deals the subject may view, a page at a time (G6): newest change first, or in the
 * order `sort` names (not by a field hidden from the subject).
 */
export const listProcedure = projectProcedure
  .use(requires("deal", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) => listDeals(ctx, input));
