import { listUsableTemplates } from "../../domain/documents/list-templates";
import { projectProcedure, requires } from "../../trpc";
import { ZListTemplatesInput, ZListTemplatesOutput } from "./list-templates.types";

/** The templates the caller may generate from (D9): active, of a kind they may create, and
 *  open to them (not limited to CRM groups they are outside of). */
export const listTemplatesProcedure = projectProcedure
  .use(requires("document", "create"))
  .input(ZListTemplatesInput)
  .output(ZListTemplatesOutput)
  .query(({ ctx, input }) => listUsableTemplates(ctx, input));
