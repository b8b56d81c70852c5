import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { REMINDER_LINKS } from "../../domain/reminders/reminder-select";
import { resolveReminder } from "../../domain/reminders/resolve-reminder";
import { projectProcedure, requires } from "../../trpc";
import { ZResolveInput, ZResolveOutput } from "./resolve.types";

/** Marks a reminder done, which ends its pop-up (H3). */
export const resolveProcedure = projectProcedure
  .use(requires("reminder", "edit"))
  .input(ZResolveInput)
  .output(ZResolveOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "reminder",
      await withVisibleLink(ctx, await resolveReminder(ctx, input), REMINDER_LINKS),
    ),
  );
