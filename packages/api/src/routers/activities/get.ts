import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { ACTIVITY_LINKS } from "../../domain/activities/activity-select";
import { findActivityOrThrow } from "../../domain/activities/find-activity";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One activity; one outside the subject's reach is answered as a missing id (D7). */
export const getProcedure = projectProcedure
  .use(requires("activity", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "activity",
      await withVisibleLink(
        ctx,
        await findActivityOrThrow(ctx.db, { id: input.id, reach: ctx.reach("activity", "view") }),
        ACTIVITY_LINKS,
      ),
    ),
  );
