import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { ACTIVITY_LINKS } from "../../domain/activities/activity-select";
import { createActivity } from "../../domain/activities/create-activity";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** Logs a call, meeting, note or e-mail on records the subject may view (H1, B3). */
export const createProcedure = projectProcedure
  .use(requires("activity", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "activity",
      await withVisibleLink(ctx, await createActivity(ctx, input), ACTIVITY_LINKS),
    ),
  );
