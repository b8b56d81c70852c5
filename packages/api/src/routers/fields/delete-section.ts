import { deleteSection } from "../../domain/custom-fields/manage-sections";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteSectionInput, ZDeleteSectionOutput } from "./delete-section.types";

/** Deletes a section with its fields and values; the two default sections cannot go (F2). */
export const deleteSectionProcedure = projectProcedure
  .use(requires("settings.fields", "delete"))
  .input(ZDeleteSectionInput)
  .output(ZDeleteSectionOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteSection(ctx, input);
    return { id: input.id };
  });
