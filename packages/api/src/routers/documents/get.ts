import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { DOCUMENT_LINKS } from "../../domain/documents/document-select";
import { findDocumentOrThrow } from "../../domain/documents/list-documents";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One document with its HTML; a document outside the caller's reach is a missing id (D7). */
export const getProcedure = projectProcedure
  .use(requires("document", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "document",
      await withVisibleLink(ctx, await findDocumentOrThrow(ctx, input.id), DOCUMENT_LINKS),
    ),
  );
