import { renameSection } from "../../domain/custom-fields/manage-sections";
import { projectProcedure, requires } from "../../trpc";
import { ZRenameSectionInput, ZRenameSectionOutput } from "./rename-section.types";

/** Renames a section, default ones included. */
export const renameSectionProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZRenameSectionInput)
  .output(ZRenameSectionOutput)
  .mutation(({ ctx, input }) => renameSection(ctx, input));
