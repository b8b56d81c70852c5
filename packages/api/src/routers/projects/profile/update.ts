import { updateProfile } from "../../../domain/projects/update-profile";
import { projectProcedure, requires } from "../../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves the company profile (A2), refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(({ ctx, input }) => updateProfile(ctx, input));
