import { withVisibleLinks } from "../../domain/access/visible-links";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { buildReminderWhere, listReminders } from "../../domain/reminders/list-reminders";
import { REMINDER_LINKS } from "../../domain/reminders/reminder-select";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** Reminders, soonest first: the caller's own by default, open by default (H3). */
export const listProcedure = projectProcedure
  .use(requires("reminder", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    const page = await listReminders(ctx.db, {
      reach: ctx.reach("reminder", "view"),
      where: buildReminderWhere(
        { projectId: ctx.project.id, employeeId: ctx.subject.employeeId },
        {
          view: input.view,
          state: input.state,
          taskId: input.taskId,
          companyId: input.companyId,
          contactId: input.contactId,
          dealId: input.dealId,
        },
      ),
      cursor: input.cursor,
      limit: input.limit,
    });
    return {
      items: await withVisibleLinks(ctx, page.items, REMINDER_LINKS),
      nextCursor: page.nextCursor && encodeCursor(page.nextCursor),
    };
  });
