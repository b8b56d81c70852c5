import { countInterests } from "../../domain/interests/list-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZCountInput, ZCountOutput } from "./count.types";

/** How many interests `list` would return in all, for the same filters. */
export const countProcedure = projectProcedure
  .use(requires("interest", "view"))
  .input(ZCountInput)
  .output(ZCountOutput)
  .query(async ({ ctx, input }) => ({ count: await countInterests(ctx, input) }));
