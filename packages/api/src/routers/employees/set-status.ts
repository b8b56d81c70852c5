import { setEmployeeStatus } from "../../domain/employees/change-access";
import { projectProcedure, requires } from "../../trpc";
import { ZEmployee, ZSetStatusInput } from "./employee.schema";

/** Active, IP-restricted or blocked; counts at the employee's next request (C1, E2). */
export const setStatusProcedure = projectProcedure
  .use(requires("settings.employees", "edit"))
  .input(ZSetStatusInput)
  .output(ZEmployee)
  .mutation(({ ctx, input }) => setEmployeeStatus(ctx, input));
