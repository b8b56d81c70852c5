import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { setDocumentStatus } from "../../domain/documents/change-document";
import { DOCUMENT_LINKS } from "../../domain/documents/document-select";
import { projectProcedure, requires } from "../../trpc";
import { ZSetStatusInput, ZSetStatusOutput } from "./set-status.types";

/** Finalises, sends, signs, reopens or cancels a document; a stale version is a CONFLICT. */
export const setStatusProcedure = projectProcedure
  .use(requires("document", "edit"))
  .input(ZSetStatusInput)
  .output(ZSetStatusOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "document",
      await withVisibleLink(ctx, await setDocumentStatus(ctx, input), DOCUMENT_LINKS),
    ),
  );
