import { reorderSections } from "../../domain/custom-fields/manage-sections";
import { projectProcedure, requires } from "../../trpc";
import { ZReorderSectionsInput, ZReorderSectionsOutput } from "./reorder-sections.types";

/** Puts a card's sections in a new order; the default sections stay first. */
export const reorderSectionsProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZReorderSectionsInput)
  .output(ZReorderSectionsOutput)
  .mutation(({ ctx, input }) => reorderSections(ctx, input));
