import { withRecordCan } from "../../domain/access/record-can";
import { generateDocument } from "../../domain/documents/generate-document";
import { projectProcedure, requires } from "../../trpc";
import { ZGenerateInput, ZGenerateOutput } from "./generate.types";

/** A draft document merged from a template the caller may use, for records they may view (I1). */
export const generateProcedure = projectProcedure
  .use(requires("document", "create"))
  .input(ZGenerateInput)
  .output(ZGenerateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "document", await generateDocument(ctx, input)),
  );
