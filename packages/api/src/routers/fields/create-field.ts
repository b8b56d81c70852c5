import { createField } from "../../domain/custom-fields/manage-fields";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateFieldInput, ZCreateFieldOutput } from "./create-field.types";

/** A new custom field at the end of its section, of a type fixed from now on. */
export const createFieldProcedure = projectProcedure
  .use(requires("settings.fields", "create"))
  .input(ZCreateFieldInput)
  .output(ZCreateFieldOutput)
  .mutation(({ ctx, input }) => createField(ctx, input));
