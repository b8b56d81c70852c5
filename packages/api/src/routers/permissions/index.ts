import { createTRPCRouter } from "../../trpc";
import { explainProcedure } from "./explain";

export const permissionsRouter = createTRPCRouter({
  explain: explainProcedure,
});
