import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { TASK_LINKS } from "../../domain/tasks/task-select";
import { updateTask } from "../../domain/tasks/update-task";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a task's fields, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "task",
      await withVisibleLink(ctx, await updateTask(ctx, input), TASK_LINKS),
    ),
  );
