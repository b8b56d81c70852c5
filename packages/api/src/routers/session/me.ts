import { findSessionAccess } from "../../domain/session/session-rights";
import { authedProcedure } from "../../trpc";
import { ZMeInput, ZMeOutput } from "./me.types";

/**
 * The signed-in person as the header shows them: account, employee, project, what they may
 * do and which built-in fields are hidden from them (the web app offers only these; the
 * server still checks every call). Not a project procedure: an IP-restricted employee outside
 * the allowed ranges still learns who they are, with no rights.
 */
export const meProcedure = authedProcedure
  .input(ZMeInput)
  .output(ZMeOutput)
  .query(async ({ ctx }) => ({
    user: ctx.user,
    employee: ctx.employee,
    project: ctx.employee.project,
    ...(await findSessionAccess(ctx.db, {
      employeeId: ctx.employee.id,
      clientIp: ctx.clientIp,
      now: ctx.now,
    })),
  }));
