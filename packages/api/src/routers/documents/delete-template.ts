import { deleteTemplate } from "../../domain/documents/manage-templates";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteTemplateInput, ZDeleteTemplateOutput } from "./delete-template.types";

/** Deletes a template; documents made from it keep their HTML. */
export const deleteTemplateProcedure = projectProcedure
  .use(requires("settings.fields", "delete"))
  .input(ZDeleteTemplateInput)
  .output(ZDeleteTemplateOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteTemplate(ctx, input);
    return { id: input.id };
  });
