import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { REMINDER_LINKS } from "../../domain/reminders/reminder-select";
import { updateReminder } from "../../domain/reminders/write-reminder";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a reminder (a later `remindAt` snoozes it), refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("reminder", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "reminder",
      await withVisibleLink(ctx, await updateReminder(ctx, input), REMINDER_LINKS),
    ),
  );
