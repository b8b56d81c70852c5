import { findDue } from "../../domain/reminders/find-due";
import { projectProcedure } from "../../trpc";
import { ZDueInput, ZDueOutput } from "./due.types";

/**
 * What the web app polls for its pop-up (H3). Open to every signed-in employee: it answers
 * only about their own reminders and tasks, each list inside their permission reach, so a
 * caller without reminder or task rights simply gets empty lists.
 */
export const dueProcedure = projectProcedure
  .input(ZDueInput)
  .output(ZDueOutput)
  .query(({ ctx }) => findDue(ctx));
