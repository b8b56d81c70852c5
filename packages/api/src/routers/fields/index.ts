import { createTRPCRouter } from "../../trpc";
import { createFieldProcedure } from "./create-field";
import { createSectionProcedure } from "./create-section";
import { createTypeProcedure } from "./create-type";
import { deleteFieldProcedure } from "./delete-field";
import { deleteSectionProcedure } from "./delete-section";
import { deleteTypeProcedure } from "./delete-type";
import { limitSectionProcedure } from "./limit-section";
import { listSectionsProcedure } from "./list-sections";
import { listTypesProcedure } from "./list-types";
import { renameSectionProcedure } from "./rename-section";
import { renameTypeProcedure } from "./rename-type";
import { reorderFieldsProcedure } from "./reorder-fields";
import { reorderSectionsProcedure } from "./reorder-sections";
import { updateFieldProcedure } from "./update-field";

/** Settings of record types, sections and custom fields (F1, F2, D8), under `settings.fields`. */
export const fieldsRouter = createTRPCRouter({
  listTypes: listTypesProcedure,
  createType: createTypeProcedure,
  renameType: renameTypeProcedure,
  deleteType: deleteTypeProcedure,
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
