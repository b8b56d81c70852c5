import { createEmployee } from "../../domain/employees/create-employee";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZEmployee } from "./employee.schema";

/** A new employee with the user type fixed for good (C1, C2); only an Admin creates an Admin. */
export const createProcedure = projectProcedure
  .use(requires("settings.employees", "create"))
  .input(ZCreateInput)
  .output(ZEmployee)
  .mutation(({ ctx, input }) => createEmployee(ctx, input));
