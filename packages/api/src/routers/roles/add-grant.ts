import { addGrant } from "../../domain/roles/grants";
import { projectProcedure, requires } from "../../trpc";
import { ZAddGrantInput, ZAddGrantOutput } from "./add-grant.types";

/** Adds a grant to a role, checked by the engine first (unknown words, bad conditions). */
export const addGrantProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZAddGrantInput)
  .output(ZAddGrantOutput)
  .mutation(({ ctx, input }) => {
    const { roleId, ...grant } = input;
    return addGrant(ctx, "role", { ownerId: roleId, ...grant });
  });
