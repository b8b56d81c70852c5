import { unassignRole } from "../../domain/roles/assignments";
import { projectProcedure, requires } from "../../trpc";
import { ZUnassignInput, ZUnassignOutput } from "./unassign.types";

export const unassignProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZUnassignInput)
  .output(ZUnassignOutput)
  .mutation(async ({ ctx, input }) => {
    await unassignRole(ctx, input);
    return { roleId: input.roleId, employeeId: input.employeeId };
  });
