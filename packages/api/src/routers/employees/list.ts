import { listEmployees } from "../../domain/employees/list-employees";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./employee.schema";

/** The project's employees by name, without those kept out of the list (C1). */
export const listProcedure = projectProcedure
  .use(requires("settings.employees", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) => listEmployees(ctx, input));
