import type { TMirror } from "./mirror";

/** The permission model's words (PERMISSIONS.md): resources and actions, as people say them. */
export const settingsVocabulary = {
  "settings.resource.company": "Companies",
  "settings.resource.contact": "Contacts",
  "settings.resource.object": "Objects",
  "settings.resource.deal": "Deals",
  "settings.resource.interest": "Interests",
  "settings.resource.activity": "Activities",
  "settings.resource.task": "Tasks",
  "settings.resource.reminder": "Reminders",
  "settings.resource.document": "Documents",
  "settings.resource.invoice": "Invoices",
  "settings.resource.product": "Products",
  "settings.resource.report": "Reports",
  "settings.resource.settings.org": "Organisation settings",
  "settings.resource.settings.employees": "Employee settings",
  "settings.resource.settings.roles": "Roles and access settings",
  "settings.resource.settings.fields": "Section and field settings",
  "settings.resource.settings.pipeline": "Pipeline settings",
  "settings.resource.settings.security": "Security settings",
  "settings.resource.audit": "Audit log",
  "settings.action.view": "View",
  "settings.action.create": "Create",
  "settings.action.edit": "Edit",
  "settings.action.delete": "Delete",
  "settings.action.export": "Export",
  "settings.action.import": "Import",
  "settings.action.assign": "Change the responsible",
} as const;

export type TSettingsVocabularyMessages = TMirror<typeof settingsVocabulary>;
