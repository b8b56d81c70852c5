import { deleteGroup } from "../../domain/groups/manage-groups";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a group with its memberships and grants; refused while it limits a section. */
export const deleteProcedure = projectProcedure
  .use(requires("settings.roles", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteGroup(ctx, input);
    return { id: input.id };
  });
