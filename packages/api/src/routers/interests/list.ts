import { listInterests } from "../../domain/interests/list-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The interests (leads, G5) the subject may view, newest change first, a page at a time. */
export const listProcedure = projectProcedure
  .use(requires("interest", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) => listInterests(ctx, input));
