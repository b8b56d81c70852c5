import { listRoles } from "../../domain/roles/find-roles";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The project's roles by name, each with how many employees hold it now. */
export const listProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx }) => listRoles(ctx));
