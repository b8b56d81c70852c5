import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { findReminderOrThrow } from "../../domain/reminders/list-reminders";
import { REMINDER_LINKS } from "../../domain/reminders/reminder-select";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One reminder; one outside the subject's reach is answered as a missing id (D7). */
export const getProcedure = projectProcedure
  .use(requires("reminder", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "reminder",
      await withVisibleLink(
        ctx,
        await findReminderOrThrow(ctx.db, { id: input.id, reach: ctx.reach("reminder", "view") }),
        REMINDER_LINKS,
      ),
    ),
  );
