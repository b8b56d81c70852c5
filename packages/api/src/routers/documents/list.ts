import { listDocuments } from "../../domain/documents/list-documents";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The documents the caller may view, newest change first, filtered, a page at a time. */
export const listProcedure = projectProcedure
  .use(requires("document", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) => listDocuments(ctx, input));
