import { createTRPCRouter } from "../../trpc";
import { eventsProcedure } from "./events";

export const calendarRouter = createTRPCRouter({ events: eventsProcedure });
