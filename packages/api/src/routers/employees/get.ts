import { getEmployee } from "../../domain/employees/list-employees";
import { projectProcedure, requires } from "../../trpc";
import { ZEmployee, ZGetInput } from "./employee.schema";

/** One employee; one kept out of the caller's list is answered as a missing id. */
export const getProcedure = projectProcedure
  .use(requires("settings.employees", "view"))
  .input(ZGetInput)
  .output(ZEmployee)
  .query(({ ctx, input }) => getEmployee(ctx, input.id));
