import { createTRPCRouter } from "../../trpc";
import { createTemplateProcedure } from "./create-template";
import { deleteProcedure } from "./delete";
import { deleteTemplateProcedure } from "./delete-template";
import { generateProcedure } from "./generate";
import { getProcedure } from "./get";
import { getTemplateProcedure } from "./get-template";
import { limitTemplateProcedure } from "./limit-template";
import { listProcedure } from "./list";
import { listTemplateSettingsProcedure } from "./list-template-settings";
import { listTemplatesProcedure } from "./list-templates";
import { setStatusProcedure } from "./set-status";
import { setTemplateActiveProcedure } from "./set-template-active";
import { updateTemplateProcedure } from "./update-template";

// Documents are records (resource `document`); their templates are project settings managed
// under `settings.fields`, and used by whoever may create documents of their kind (D9).
export const documentsRouter = createTRPCRouter({
  list: listProcedure,
  get: getProcedure,
  generate: generateProcedure,
  setStatus: setStatusProcedure,
  delete: deleteProcedure,
  listTemplates: listTemplatesProcedure,
  getTemplate: getTemplateProcedure,
  listTemplateSettings: listTemplateSettingsProcedure,
  createTemplate: createTemplateProcedure,
  updateTemplate: updateTemplateProcedure,
  limitTemplate: limitTemplateProcedure,
  setTemplateActive: setTemplateActiveProcedure,
  deleteTemplate: deleteTemplateProcedure,
});
