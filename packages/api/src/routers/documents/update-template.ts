import { updateTemplate } from "../../domain/documents/manage-templates";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateTemplateInput, ZUpdateTemplateOutput } from "./update-template.types";

/** Saves a template's kind, name or HTML; a stale version is a CONFLICT and changes nothing. */
export const updateTemplateProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZUpdateTemplateInput)
  .output(ZUpdateTemplateOutput)
  .mutation(({ ctx, input }) => updateTemplate(ctx, input));
