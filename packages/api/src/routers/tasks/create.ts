import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { createTask } from "../../domain/tasks/create-task";
import { TASK_LINKS } from "../../domain/tasks/task-select";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** Sets a task with its assignee and participants (H2, B3). */
export const createProcedure = projectProcedure
  .use(requires("task", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "task",
      await withVisibleLink(ctx, await createTask(ctx, input), TASK_LINKS),
    ),
  );
