import { createTRPCRouter } from "../../trpc";
import { createFieldProcedure } from "./create-field";
import { createSectionProcedure } from "./create-section";
import { deleteFieldProcedure } from "./delete-field";
import { deleteSectionProcedure } from "./delete-section";
import { limitSectionProcedure } from "./limit-section";
import { listSectionsProcedure } from "./list-sections";
import { listTypesProcedure } from "./list-types";
import { renameSectionProcedure } from "./rename-section";
import { reorderFieldsProcedure } from "./reorder-fields";
import { reorderSectionsProcedure } from "./reorder-sections";
import { updateFieldProcedure } from "./update-field";

/** Settings of record types, sections and custom fields (F1, F2, D8), under `settings.fields`. */
export const fieldsRouter = createTRPCRouter({
  listTypes: listTypesProcedure,
  listSections: listSectionsProcedure,
  createSection: createSectionProcedure,
  renameSection: renameSectionProcedure,
  limitSection: limitSectionProcedure,
  reorderSections: reorderSectionsProcedure,
  deleteSection: deleteSectionProcedure,
  createField: createFieldProcedure,
  updateField: updateFieldProcedure,
  reorderFields: reorderFieldsProcedure,
  deleteField: deleteFieldProcedure,
});
