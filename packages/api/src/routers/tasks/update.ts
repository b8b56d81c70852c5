import { withRecordCan } from "../../domain/access/record-can";
import { updateTask } from "../../domain/tasks/update-task";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a task's fields, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) => withRecordCan(ctx, "task", await updateTask(ctx, input)));
