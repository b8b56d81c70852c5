import { countDeals } from "../../domain/deals/list-deals";
import { projectProcedure, requires } from "../../trpc";
import { ZCountInput, ZCountOutput } from "./count.types";

/** How many deals `list` would return in all, for the same filters. */
export const countProcedure = projectProcedure
  .use(requires("deal", "view"))
  .input(ZCountInput)
  .output(ZCountOutput)
  .query(async ({ ctx, input }) => ({ count: await countDeals(ctx, input) }));
