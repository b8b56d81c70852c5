import { updateField } from "../../domain/custom-fields/manage-fields";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateFieldInput, ZUpdateFieldOutput } from "./update-field.types";

/** Renames a field or edits its choices; its type cannot change. */
export const updateFieldProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZUpdateFieldInput)
  .output(ZUpdateFieldOutput)
  .mutation(({ ctx, input }) => updateField(ctx, input));
