import { deleteReminder } from "../../domain/reminders/resolve-reminder";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a reminder at the version the caller read. */
export const deleteProcedure = projectProcedure
  .use(requires("reminder", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteReminder(ctx, input);
    return { id: input.id };
  });
