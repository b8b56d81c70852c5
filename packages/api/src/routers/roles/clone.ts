import { cloneRole } from "../../domain/roles/manage-roles";
import { projectProcedure, requires } from "../../trpc";
import { ZCloneInput, ZCloneOutput } from "./clone.types";

/** A new role with the grants and field rules of a template or another role; no holders. */
export const cloneProcedure = projectProcedure
  .use(requires("settings.roles", "create"))
  .input(ZCloneInput)
  .output(ZCloneOutput)
  .mutation(({ ctx, input }) => cloneRole(ctx, input));
