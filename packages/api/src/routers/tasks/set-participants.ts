import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { setTaskParticipants } from "../../domain/tasks/set-task-participants";
import { TASK_LINKS } from "../../domain/tasks/task-select";
import { projectProcedure, requires } from "../../trpc";
import { ZSetParticipantsInput, ZSetParticipantsOutput } from "./set-participants.types";

/** Replaces the task's participants (H2); an edit of the task at a version. */
export const setParticipantsProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZSetParticipantsInput)
  .output(ZSetParticipantsOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "task",
      await withVisibleLink(ctx, await setTaskParticipants(ctx, input), TASK_LINKS),
    ),
  );
