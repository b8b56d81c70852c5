import { reorderFields } from "../../domain/custom-fields/manage-fields";
import { projectProcedure, requires } from "../../trpc";
import { ZReorderFieldsInput, ZReorderFieldsOutput } from "./reorder-fields.types";

/** Puts a section's fields in a new order. */
export const reorderFieldsProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZReorderFieldsInput)
  .output(ZReorderFieldsOutput)
  .mutation(({ ctx, input }) => reorderFields(ctx, input));
