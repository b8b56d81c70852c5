import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { DOCUMENT_LINKS } from "../../domain/documents/document-select";
import { generateDocument } from "../../domain/documents/generate-document";
import { projectProcedure, requires } from "../../trpc";
import { ZGenerateInput, ZGenerateOutput } from "./generate.types";

/** A draft document merged from a template the caller may use, for records they may view (I1). */
export const generateProcedure = projectProcedure
  .use(requires("document", "create"))
  .input(ZGenerateInput)
  .output(ZGenerateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "document",
      await withVisibleLink(ctx, await generateDocument(ctx, input), DOCUMENT_LINKS),
    ),
  );
