import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { ACTIVITY_LINKS } from "../../domain/activities/activity-select";
import { updateActivity } from "../../domain/activities/update-activity";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves an activity's fields, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("activity", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "activity",
      await withVisibleLink(ctx, await updateActivity(ctx, input), ACTIVITY_LINKS),
    ),
  );
