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

/**
 * Strings of the settings pages; keys start with "settings.". One file per settings area
 * under settings/, each mirrored in the other languages.
 */
export const settings = {
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
} as const;
