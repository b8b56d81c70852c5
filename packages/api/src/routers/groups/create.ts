import { createGroup } from "../../domain/groups/manage-groups";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

export const createProcedure = projectProcedure
  .use(requires("settings.roles", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(({ ctx, input }) => createGroup(ctx, input));
