import type { Resource } from "@charter/core/engine";

import type { TPlainMessageKey } from "~/i18n/translate";

/** Resources the filter offers, in the order people think of them. */
export const AUDIT_RESOURCES: readonly Resource[] = [
  "company",
  "contact",
  "object",
  "deal",
  "interest",
  "activity",
  "task",
  "reminder",
  "document",
  "invoice",
  "product",
  "report",
  "settings.org",
  "settings.employees",
  "settings.roles",
  "settings.fields",
  "settings.pipeline",
  "settings.security",
  "audit",
];

export const RESOURCE_LABELS: Record<Resource, TPlainMessageKey> = {
  company: "settings.resource.company",
  contact: "settings.resource.contact",
  object: "settings.resource.object",
  deal: "settings.resource.deal",
  interest: "settings.resource.interest",
  activity: "settings.resource.activity",
  task: "settings.resource.task",
  reminder: "settings.resource.reminder",
  document: "settings.resource.document",
  invoice: "settings.resource.invoice",
  product: "settings.resource.product",
  report: "settings.resource.report",
  "settings.org": "settings.resource.settings.org",
  "settings.employees": "settings.resource.settings.employees",
  "settings.roles": "settings.resource.settings.roles",
  "settings.fields": "settings.resource.settings.fields",
  "settings.pipeline": "settings.resource.settings.pipeline",
  "settings.security": "settings.resource.settings.security",
  audit: "settings.resource.audit",
};

/** The actions the log records most; any other is shown as written. */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "create",
  "update",
  "delete",
  "assign",
  "export",
  "import",
  "reorder",
  "limit",
] as const;

const ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], TPlainMessageKey> = {
  sign_in: "settings.audit.action.sign_in",
  sign_in_failed: "settings.audit.action.sign_in_failed",
  create: "settings.audit.action.create",
  update: "settings.audit.action.update",
  delete: "settings.audit.action.delete",
  assign: "settings.audit.action.assign",
  export: "settings.audit.action.export",
  import: "settings.audit.action.import",
  reorder: "settings.audit.action.reorder",
  limit: "settings.audit.action.limit",
};

export function actionLabel(action: string): TPlainMessageKey | null {
  return (ACTION_LABELS as Record<string, TPlainMessageKey | undefined>)[action] ?? null;
}

export function resourceLabel(resource: string | null): TPlainMessageKey | null {
  if (!resource) return null;
  return (RESOURCE_LABELS as Record<string, TPlainMessageKey | undefined>)[resource] ?? null;
}
