import { deleteObject } from "../../domain/objects/delete-object";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes an object at the version the caller read. */
export const deleteProcedure = projectProcedure
  .use(requires("object", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteObject(ctx, input);
    return { id: input.id };
  });
