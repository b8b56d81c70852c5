import { updateEmployee } from "../../domain/employees/update-employee";
import { projectProcedure, requires } from "../../trpc";
import { ZEmployee, ZUpdateInput } from "./employee.schema";

/** Saves an employee's details; the input has no user type, which never changes (C2). */
export const updateProcedure = projectProcedure
  .use(requires("settings.employees", "edit"))
  .input(ZUpdateInput)
  .output(ZEmployee)
  .mutation(({ ctx, input }) => updateEmployee(ctx, input));
