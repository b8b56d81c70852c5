import { updateGrant } from "../../domain/roles/grants";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateGrantInput, ZUpdateGrantOutput } from "./update-grant.types";

export const updateGrantProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZUpdateGrantInput)
  .output(ZUpdateGrantOutput)
  .mutation(({ ctx, input }) => updateGrant(ctx, "role", input));
