import { createProject } from "../../domain/projects/create-project";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** Another project (A1), created by an Admin who becomes its Admin. */
export const createProcedure = projectProcedure
  .use(requires("settings.org", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(({ ctx, input }) =>
    createProject(
      ctx,
      {
        userId: ctx.user.id,
        email: ctx.user.email,
        name: ctx.employee.name,
        position: ctx.employee.position,
        ip: ctx.clientIp,
      },
      input,
    ),
  );
