import { limitTemplate } from "../../domain/documents/manage-templates";
import { projectProcedure, requires } from "../../trpc";
import { ZLimitTemplateInput, ZLimitTemplateOutput } from "./limit-template.types";

/** Limits a template to CRM groups; others stop being offered it at their next request (D9). */
export const limitTemplateProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZLimitTemplateInput)
  .output(ZLimitTemplateOutput)
  .mutation(({ ctx, input }) => limitTemplate(ctx, input));
