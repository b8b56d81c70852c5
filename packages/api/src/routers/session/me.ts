import { authedProcedure } from "../../trpc";
import { ZMeInput, ZMeOutput } from "./me.types";

/** The signed-in person as the header shows them: account, employee and project. */
export const meProcedure = authedProcedure
  .input(ZMeInput)
  .output(ZMeOutput)
  .query(({ ctx }) => ({
    user: ctx.user,
    employee: ctx.employee,
    project: ctx.employee.project,
  }));
