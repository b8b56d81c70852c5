import { setTemplateActive } from "../../domain/documents/manage-templates";
import { projectProcedure, requires } from "../../trpc";
import { ZSetTemplateActiveInput, ZSetTemplateActiveOutput } from "./set-template-active.types";

/** Deactivates (or reactivates) a template: a deactivated one is offered to no one. */
export const setTemplateActiveProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZSetTemplateActiveInput)
  .output(ZSetTemplateActiveOutput)
  .mutation(({ ctx, input }) => setTemplateActive(ctx, input));
