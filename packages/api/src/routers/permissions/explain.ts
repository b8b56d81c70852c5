import { explainAccess } from "../../domain/permissions/explain-access";
import { projectProcedure, requires } from "../../trpc";
import { ZExplainInput, ZExplainOutput } from "./explain.types";

/** Any employee × record × action: allowed or not, and the grant or deny that decided (D10). */
export const explainProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZExplainInput)
  .output(ZExplainOutput)
  .query(({ ctx, input }) => explainAccess(ctx, input));
