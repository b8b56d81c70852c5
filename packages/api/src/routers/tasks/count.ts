import { buildTaskWhere, countTasks } from "../../domain/tasks/list-tasks";
import { projectProcedure, requires } from "../../trpc";
import { ZCountInput, ZCountOutput } from "./count.types";

/** How many tasks `list` would return in all, for the same view and filter. */
export const countProcedure = projectProcedure
  .use(requires("task", "view"))
  .input(ZCountInput)
  .output(ZCountOutput)
  .query(async ({ ctx, input }) => ({
    count: await countTasks(ctx.db, {
      reach: ctx.reach("task", "view"),
      where: buildTaskWhere(
        { projectId: ctx.project.id, employeeId: ctx.subject.employeeId },
        input.filter ?? { view: "all" },
      ),
    }),
  }));
