import { withVisibleLinks } from "../../domain/access/visible-links";
import { ACTIVITY_LINKS } from "../../domain/activities/activity-select";
import { buildActivityWhere, listActivities } from "../../domain/activities/list-activities";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The activities the subject may view, newest first, a page at a time (H1). */
export const listProcedure = projectProcedure
  .use(requires("activity", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    const page = await listActivities(ctx.db, {
      reach: ctx.reach("activity", "view"),
      where: buildActivityWhere(ctx.project.id, input.filter ?? {}),
      cursor: input.cursor,
      limit: input.limit,
    });
    return {
      items: await withVisibleLinks(ctx, page.items, ACTIVITY_LINKS),
      nextCursor: page.nextCursor && encodeCursor(page.nextCursor),
    };
  });
