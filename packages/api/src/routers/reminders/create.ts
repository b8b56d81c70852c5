import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { REMINDER_LINKS } from "../../domain/reminders/reminder-select";
import { createReminder } from "../../domain/reminders/write-reminder";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A reminder for the caller, on a task, company, contact or deal they may view (H3, B3). */
export const createProcedure = projectProcedure
  .use(requires("reminder", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "reminder",
      await withVisibleLink(ctx, await createReminder(ctx, input), REMINDER_LINKS),
    ),
  );
