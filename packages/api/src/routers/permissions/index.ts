import { createTRPCRouter } from "../../trpc";
import { explainProcedure } from "./explain";
import { viewAsProcedure } from "./view-as";

export const permissionsRouter = createTRPCRouter({
  explain: explainProcedure,
  viewAs: viewAsProcedure,
});
