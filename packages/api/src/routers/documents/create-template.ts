import { createTemplate } from "../../domain/documents/manage-templates";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateTemplateInput, ZCreateTemplateOutput } from "./create-template.types";

/** A new document template, its merge fields checked now rather than at generation. */
export const createTemplateProcedure = projectProcedure
  .use(requires("settings.fields", "create"))
  .input(ZCreateTemplateInput)
  .output(ZCreateTemplateOutput)
  .mutation(({ ctx, input }) => createTemplate(ctx, input));
