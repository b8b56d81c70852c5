import { addGrant } from "../../domain/roles/grants";
import { projectProcedure, requires } from "../../trpc";
import { ZAddGrantInput, ZAddGrantOutput } from "./add-grant.types";

/** Adds a right on records to every member of the group, checked by the engine first. */
export const addGrantProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZAddGrantInput)
  .output(ZAddGrantOutput)
  .mutation(({ ctx, input }) => {
    const { groupId, ...grant } = input;
    return addGrant(ctx, "group", { ownerId: groupId, ...grant });
  });
