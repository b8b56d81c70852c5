import { createTRPCRouter } from "../../trpc";
import { meProcedure } from "./me";

export const sessionRouter = createTRPCRouter({
  me: meProcedure,
});
