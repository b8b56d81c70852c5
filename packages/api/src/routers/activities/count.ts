import { buildActivityWhere, countActivities } from "../../domain/activities/list-activities";
import { projectProcedure, requires } from "../../trpc";
import { ZCountInput, ZCountOutput } from "./count.types";

/** How many activities `list` would return in all, for the same filter. */
export const countProcedure = projectProcedure
  .use(requires("activity", "view"))
  .input(ZCountInput)
  .output(ZCountOutput)
  .query(async ({ ctx, input }) => ({
    count: await countActivities(ctx.db, {
      reach: ctx.reach("activity", "view"),
      where: buildActivityWhere(ctx.project.id, input.filter ?? {}),
    }),
  }));
