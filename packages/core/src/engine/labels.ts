import type { Resource } from "./vocabulary";

/** How explanations name each resource. */
export const RESOURCE_LABELS: Record<Resource, string> = {
  company: "companies",
  contact: "contacts",
  object: "objects",
  deal: "deals",
  interest: "interests",
  activity: "activities",
  task: "tasks",
  reminder: "reminders",
  document: "documents",
  invoice: "invoices",
  product: "products",
  report: "reports",
  "settings.org": "organisation settings",
  "settings.employees": "employee settings",
  "settings.roles": "role and override settings",
  "settings.fields": "section and field settings",
  "settings.pipeline": "pipeline settings",
  "settings.security": "security settings",
  audit: "the audit log",
};

export const USER_TYPE_LABELS = {
  admin: "Admin",
  administration: "Administration",
  employee: "Employee",
} as const;
