import { listTemplateSettings } from "../../domain/documents/list-templates";
import { projectProcedure, requires } from "../../trpc";
import {
  ZListTemplateSettingsInput,
  ZListTemplateSettingsOutput,
} from "./list-template-settings.types";

/** Every template of the project with its HTML and groups, active or not: the settings page. */
export const listTemplateSettingsProcedure = projectProcedure
  .use(requires("settings.fields", "view"))
  .input(ZListTemplateSettingsInput)
  .output(ZListTemplateSettingsOutput)
  .query(({ ctx, input }) => listTemplateSettings(ctx, input));
