import { assignRole } from "../../domain/roles/assignments";
import { projectProcedure, requires } from "../../trpc";
import { ZAssignInput, ZAssignOutput } from "./assign.types";

/** Gives an employee a role (D1); only an Admin changes their own roles or an Admin's. */
export const assignProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZAssignInput)
  .output(ZAssignOutput)
  .mutation(({ ctx, input }) => assignRole(ctx, input));
