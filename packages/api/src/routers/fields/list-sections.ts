import { listSettingsSections } from "../../domain/custom-fields/list-settings-sections";
import { projectProcedure, requires } from "../../trpc";
import { ZListSectionsInput, ZListSectionsOutput } from "./list-sections.types";

/** The sections of a record kind with their fields and group limits, in card order. */
export const listSectionsProcedure = projectProcedure
  .use(requires("settings.fields", "view"))
  .input(ZListSectionsInput)
  .output(ZListSectionsOutput)
  .query(({ ctx, input }) => listSettingsSections(ctx.db, { projectId: ctx.project.id, ...input }));
