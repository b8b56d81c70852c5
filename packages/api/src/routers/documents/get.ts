import { findDocumentOrThrow } from "../../domain/documents/list-documents";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One document with its HTML; a document outside the caller's reach is a missing id (D7). */
export const getProcedure = projectProcedure
  .use(requires("document", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(({ ctx, input }) => findDocumentOrThrow(ctx, input.id));
