import { setEmployeeAccessExpiry } from "../../domain/employees/change-access";
import { projectProcedure, requires } from "../../trpc";
import { ZEmployee, ZSetAccessExpiryInput } from "./employee.schema";

/** When temporary access ends, or null for none; counts at the next request (C1, E2). */
export const setAccessExpiryProcedure = projectProcedure
  .use(requires("settings.employees", "edit"))
  .input(ZSetAccessExpiryInput)
  .output(ZEmployee)
  .mutation(({ ctx, input }) => setEmployeeAccessExpiry(ctx, input));
