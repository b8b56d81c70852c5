import { updateGroup } from "../../domain/groups/manage-groups";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Renames or describes a group; a stale version is CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(({ ctx, input }) => updateGroup(ctx, input));
