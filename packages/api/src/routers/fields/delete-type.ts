import { deleteRecordType } from "../../domain/custom-fields/manage-types";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteTypeInput, ZDeleteTypeOutput } from "./delete-type.types";

/** Deletes a record type no record uses, with its own sections. */
export const deleteTypeProcedure = projectProcedure
  .use(requires("settings.fields", "delete"))
  .input(ZDeleteTypeInput)
  .output(ZDeleteTypeOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteRecordType(ctx, input);
    return { id: input.id };
  });
