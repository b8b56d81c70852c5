import { deleteTask } from "../../domain/tasks/delete-task";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a task (its reminders go with it) at the version the caller read. */
export const deleteProcedure = projectProcedure
  .use(requires("task", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => ({ id: input.id, ...(await deleteTask(ctx, input)) }));
