import {
  buildActivityWhere,
  buildTimelineWhere,
  listActivities,
} from "../../domain/activities/list-activities";
import { withVisibleLinks } from "../../domain/access/visible-links";
import { ACTIVITY_LINKS } from "../../domain/activities/activity-select";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { projectProcedure, requires } from "../../trpc";
import { ZTimelineInput, ZTimelineOutput } from "./timeline.types";

/**
 * A client card's history, newest first: the card must be one the subject may view (else it
 * is missing), and only the activities they may view are in it.
 */
export const timelineProcedure = projectProcedure
  .use(requires("activity", "view"))
  .input(ZTimelineInput)
  .output(ZTimelineOutput)
  .query(async ({ ctx, input }) => {
    const { of } = input;
    if ("companyId" in of) await ctx.findVisibleOrThrow("company", of.companyId, "view");
    else await ctx.findVisibleOrThrow("contact", of.contactId, "view");
    const page = await listActivities(ctx.db, {
      reach: ctx.reach("activity", "view"),
      where: {
        AND: [
          buildTimelineWhere(ctx.project.id, of),
          buildActivityWhere(ctx.project.id, { kinds: input.kinds }),
        ],
      },
      cursor: input.cursor,
      limit: input.limit,
    });
    return {
      items: await withVisibleLinks(ctx, page.items, ACTIVITY_LINKS),
      nextCursor: page.nextCursor && encodeCursor(page.nextCursor),
    };
  });
