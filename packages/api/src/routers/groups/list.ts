import { listGroups } from "../../domain/groups/manage-groups";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The project's CRM groups by name, with their member count and managers. */
export const listProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx }) => listGroups(ctx));
