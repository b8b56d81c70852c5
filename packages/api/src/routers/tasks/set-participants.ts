import { withRecordCan } from "../../domain/access/record-can";
import { setTaskParticipants } from "../../domain/tasks/set-task-participants";
import { projectProcedure, requires } from "../../trpc";
import { ZSetParticipantsInput, ZSetParticipantsOutput } from "./set-participants.types";

/** Replaces the task's participants (H2); an edit of the task at a version. */
export const setParticipantsProcedure = projectProcedure
  .use(requires("task", "edit"))
  .input(ZSetParticipantsInput)
  .output(ZSetParticipantsOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "task", await setTaskParticipants(ctx, input)),
  );
