import { createSection } from "../../domain/custom-fields/manage-sections";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateSectionInput, ZCreateSectionOutput } from "./create-section.types";

/** A new section at the end of the card. */
export const createSectionProcedure = projectProcedure
  .use(requires("settings.fields", "create"))
  .input(ZCreateSectionInput)
  .output(ZCreateSectionOutput)
  .mutation(({ ctx, input }) => createSection(ctx, input));
