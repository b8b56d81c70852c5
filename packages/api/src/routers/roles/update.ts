import { updateRole } from "../../domain/roles/manage-roles";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Renames or describes a role, or switches its read-only flag; a stale version is CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(({ ctx, input }) => updateRole(ctx, input));
