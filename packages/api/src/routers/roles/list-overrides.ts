import { listOverrides } from "../../domain/roles/overrides";
import { projectProcedure, requires } from "../../trpc";
import { ZListOverridesInput, ZListOverridesOutput } from "./list-overrides.types";

/** An employee's personal allows and denies (D4), denies first. */
export const listOverridesProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZListOverridesInput)
  .output(ZListOverridesOutput)
  .query(({ ctx, input }) => listOverrides(ctx, input));
