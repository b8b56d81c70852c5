import type { TAreaMessages } from "../en";
import { settingsAccess } from "./settings/access";
import { settingsAudit } from "./settings/audit";
import { settingsConditions } from "./settings/conditions";
import { settingsEmployees } from "./settings/employees";
import { settingsFields } from "./settings/fields";
import { settingsOrg } from "./settings/org";
import { settingsProject } from "./settings/project";
import { settingsRoleTemplates } from "./settings/role-templates";
import { settingsSecurity } from "./settings/security";
import { settingsShell } from "./settings/shell";
import { settingsVocabulary } from "./settings/vocabulary";

export const settings: TAreaMessages<"settings"> = {
  ...settingsShell,
  ...settingsProject,
  ...settingsOrg,
  ...settingsEmployees,
  ...settingsSecurity,
  ...settingsAccess,
  ...settingsRoleTemplates,
  ...settingsConditions,
  ...settingsFields,
  ...settingsAudit,
  ...settingsVocabulary,
};
