import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { changeTaskStatus } from "../../domain/tasks/change-task-status";
import { TASK_LINKS } from "../../domain/tasks/task-select";
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
    withRecordCan(
      ctx,
      "task",
      await withVisibleLink(ctx, await changeTaskStatus(ctx, input, "complete"), TASK_LINKS),
    ),
  );

/** Done or cancelled → open. */
export const reopenProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZReopenInput)
  .output(ZReopenOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "task",
      await withVisibleLink(ctx, await changeTaskStatus(ctx, input, "reopen"), TASK_LINKS),
    ),
  );

/** Open → cancelled. */
export const cancelProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZCancelInput)
  .output(ZCancelOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "task",
      await withVisibleLink(ctx, await changeTaskStatus(ctx, input, "cancel"), TASK_LINKS),
    ),
  );
