import { limitSection } from "../../domain/custom-fields/manage-sections";
import { projectProcedure, requires } from "../../trpc";
import { ZLimitSectionInput, ZLimitSectionOutput } from "./limit-section.types";

/** Limits a section to CRM groups; everyone else stops seeing its values at their next request. */
export const limitSectionProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZLimitSectionInput)
  .output(ZLimitSectionOutput)
  .mutation(({ ctx, input }) => limitSection(ctx, input));
