import { withRecordCan } from "../../domain/access/record-can";
import { changeTaskStatus } from "../../domain/tasks/change-task-status";
import { projectProcedure, requires } from "../../trpc";
import {
  ZCancelInput,
  ZCancelOutput,
  ZCompleteInput,
  ZCompleteOutput,
  ZReopenInput,
  ZReopenOutput,
} from "./status.types";

// A task's status moves only through these, each an edit of the task at a version.

/** Open → done, stamped with the request's time. */
export const completeProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZCompleteInput)
  .output(ZCompleteOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "task", await changeTaskStatus(ctx, input, "complete")),
  );

/** Done or cancelled → open. */
export const reopenProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZReopenInput)
  .output(ZReopenOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "task", await changeTaskStatus(ctx, input, "reopen")),
  );

/** Open → cancelled. */
export const cancelProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZCancelInput)
  .output(ZCancelOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "task", await changeTaskStatus(ctx, input, "cancel")),
  );
