import { deleteProject } from "../../domain/projects/delete-project";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes the project this session acts in (A3): an Admin only, after typing its name. */
export const deleteProcedure = projectProcedure
  .use(requires("settings.org", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteProject(ctx, input);
    return { id: ctx.project.id };
  });
