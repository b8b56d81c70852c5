import { deleteRole } from "../../domain/roles/manage-roles";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a role no one holds; while someone does, CONFLICT names them. */
export const deleteProcedure = projectProcedure
  .use(requires("settings.roles", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteRole(ctx, input);
    return { id: input.id };
  });
