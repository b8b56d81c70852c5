import { buildTaskWhere, listTasks } from "../../domain/tasks/list-tasks";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** Tasks in one of three views, always inside what the subject may view (H2, C4, D7). */
export const listProcedure = projectProcedure
  .use(requires("task", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) =>
    listTasks(ctx.db, {
      reach: ctx.reach("task", "view"),
      where: buildTaskWhere(
        { projectId: ctx.project.id, employeeId: ctx.subject.employeeId },
        input.filter ?? { view: "all" },
      ),
      cursor: input.cursor,
      limit: input.limit,
    }),
  );
