import { deleteField } from "../../domain/custom-fields/manage-fields";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteFieldInput, ZDeleteFieldOutput } from "./delete-field.types";

/** Deletes a custom field with its values on every record. */
export const deleteFieldProcedure = projectProcedure
  .use(requires("settings.fields", "delete"))
  .input(ZDeleteFieldInput)
  .output(ZDeleteFieldOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteField(ctx, input);
    return { id: input.id };
  });
