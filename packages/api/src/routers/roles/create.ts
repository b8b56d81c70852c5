import { createRole } from "../../domain/roles/manage-roles";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** An empty role: it speaks for nothing until it gets grants. */
export const createProcedure = projectProcedure
  .use(requires("settings.roles", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(({ ctx, input }) => createRole(ctx, input));
