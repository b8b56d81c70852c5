import { findCalendar } from "../../domain/calendar/find-calendar";
import { projectProcedure } from "../../trpc";
import { ZEventsInput, ZEventsOutput } from "./events.types";

/**
 * Tasks, reminders and meetings between two instants, in one call (H4). Open to every
 * signed-in employee: each kind is read inside the caller's reach, so a caller without rights
 * on a kind simply sees none of it, and a colleague's calendar shows only what the caller may view.
 */
export const eventsProcedure = projectProcedure
  .input(ZEventsInput)
  .output(ZEventsOutput)
  .query(({ ctx, input }) => findCalendar(ctx, input));
