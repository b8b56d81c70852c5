import { viewListAs } from "../../domain/permissions/view-as";
import { projectProcedure, requires } from "../../trpc";
import { ZViewAsInput, ZViewAsOutput } from "./view-as.types";

/** A list as another employee would see it, never beyond the caller's own reach (D10). */
export const viewAsProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZViewAsInput)
  .output(ZViewAsOutput)
  .query(({ ctx, input }) => viewListAs(ctx, input));
