import { deleteDocument } from "../../domain/documents/change-document";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a document at the version the caller read. */
export const deleteProcedure = projectProcedure
  .use(requires("document", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteDocument(ctx, input);
    return { id: input.id };
  });
