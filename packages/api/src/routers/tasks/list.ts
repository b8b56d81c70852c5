import { withVisibleLinks } from "../../domain/access/visible-links";
import { buildTaskWhere, listTasks } from "../../domain/tasks/list-tasks";
import { TASK_LINKS } from "../../domain/tasks/task-select";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** Tasks in one of three views, always inside what the subject may view (H2, C4, D7). */
export const listProcedure = projectProcedure
  .use(requires("task", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    const page = await listTasks(ctx.db, {
      reach: ctx.reach("task", "view"),
      where: buildTaskWhere(
        { projectId: ctx.project.id, employeeId: ctx.subject.employeeId },
        input.filter ?? { view: "all" },
      ),
      cursor: input.cursor,
      limit: input.limit,
    });
    return { ...page, items: await withVisibleLinks(ctx, page.items, TASK_LINKS) };
  });
