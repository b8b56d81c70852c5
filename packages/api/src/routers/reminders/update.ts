import { withRecordCan } from "../../domain/access/record-can";
import { updateReminder } from "../../domain/reminders/write-reminder";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a reminder (a later `remindAt` snoozes it), refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("reminder", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "reminder", await updateReminder(ctx, input)),
  );
