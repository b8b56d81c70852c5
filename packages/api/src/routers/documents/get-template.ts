import { getUsableTemplate } from "../../domain/documents/list-templates";
import { projectProcedure, requires } from "../../trpc";
import { ZGetTemplateInput, ZGetTemplateOutput } from "./get-template.types";

/** One template the caller may use, with its HTML; any other is a missing id (D7, D9). */
export const getTemplateProcedure = projectProcedure
  .use(requires("document", "create"))
  .input(ZGetTemplateInput)
  .output(ZGetTemplateOutput)
  .query(({ ctx, input }) => getUsableTemplate(ctx, input.id));
