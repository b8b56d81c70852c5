import { findRoleTemplate } from "@charter/core/templates";

import type { TPlainMessageKey, TTranslate } from "~/i18n/translate";

/** Each built-in template's description in the catalogs, by template key. */
export const TEMPLATE_DESCRIPTIONS: Readonly<Record<string, TPlainMessageKey>> = {
  telephonist: "settings.roleTemplates.telephonist",
  external_telephonist: "settings.roleTemplates.external_telephonist",
  sales_representative: "settings.roleTemplates.sales_representative",
  service_technician: "settings.roleTemplates.service_technician",
  complaints: "settings.roleTemplates.complaints",
  invoicing_clerk: "settings.roleTemplates.invoicing_clerk",
  director: "settings.roleTemplates.director",
  admin: "settings.roleTemplates.admin",
  crm_admin: "settings.roleTemplates.crm_admin",
  crm_read_admin: "settings.roleTemplates.crm_read_admin",
  crm_sales: "settings.roleTemplates.crm_sales",
  crm_manager: "settings.roleTemplates.crm_manager",
  crm_pam: "settings.roleTemplates.crm_pam",
  crm_presale: "settings.roleTemplates.crm_presale",
  crm_marketeer: "settings.roleTemplates.crm_marketeer",
  crm_certificate_manager: "settings.roleTemplates.crm_certificate_manager",
  crm_partner_supervisor: "settings.roleTemplates.crm_partner_supervisor",
  project_manager: "settings.roleTemplates.project_manager",
  programmer: "settings.roleTemplates.programmer",
  tester: "settings.roleTemplates.tester",
  external_representative: "settings.roleTemplates.external_representative",
};

/**
 * A role's description as the reader should meet it. A role copied from a built-in template
 * keeps the template's English words in the database until an admin rewrites them; while it
 * does, the reader gets them in their language. Words an admin wrote stay as written.
 */
export function describeRole(
  role: { templateKey: string | null; description: string | null },
  t: TTranslate,
): string | null {
  const key = role.templateKey ? TEMPLATE_DESCRIPTIONS[role.templateKey] : undefined;
  const template = role.templateKey ? findRoleTemplate(role.templateKey) : undefined;
  if (key && template && role.description === template.description) return t(key);
  return role.description;
}
