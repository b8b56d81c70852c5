import type { TMirror } from "./mirror";

/**
 * The built-in role templates' descriptions (D2), shown while a role still carries its
 * template's words; the English text is the template's own (packages/core/src/templates).
 */
export const settingsRoleTemplates = {
  "settings.roleTemplates.telephonist":
    "Sees the basic data of client companies and logs activity on contacts. No access to offers.",
  "settings.roleTemplates.external_telephonist":
    "For an external call centre sharing leads and acquisition: works only the leads, clients and calls it created itself, and cannot export.",
  "settings.roleTemplates.sales_representative":
    "Sees the basic data of client companies, logs activity on contacts and creates documents (contracts, offers, orders) for their own clients and deals.",
  "settings.roleTemplates.service_technician":
    "Sees only the basic data of client companies and the activities tied to the customer, and logs activity. No access to offers and no view of sales.",
  "settings.roleTemplates.complaints":
    "Reaches every section except contract and invoice documents and invoicing.",
  "settings.roleTemplates.invoicing_clerk":
    "Works in the company's invoicing: invoices and invoice documents, reading the clients and deals they bill.",
  "settings.roleTemplates.director":
    "Full access to every section and every record of the company, but cannot delete the project (only an Admin can, A3).",
  "settings.roleTemplates.admin":
    "Full access to every section. Operations reserved to Admins (deleting the project, changing an Admin, changing one's own access) still follow the user type.",
  "settings.roleTemplates.crm_admin":
    "Administrator of the CRM application: every record, the catalogue, pipelines, fields and roles.",
  "settings.roleTemplates.crm_read_admin":
    "Administrator who may read every record of the application but create, edit or delete nothing.",
  "settings.roleTemplates.crm_sales": "Sales employee responsible for their own leads and deals.",
  "settings.roleTemplates.crm_manager":
    "Head of sales: processes leads, runs deals and administers them for their whole team.",
  "settings.roleTemplates.crm_pam":
    "Partner account manager: sees the opportunities of their sales direction and edits those whose Partner company has them as its responsible.",
  "settings.roleTemplates.crm_presale": "Presale manager; the same permissions as crm_pam.",
  "settings.roleTemplates.crm_marketeer":
    "Runs marketing campaigns and lists: reads, imports and exports clients, sends mailings.",
  "settings.roleTemplates.crm_certificate_manager":
    "Creates certifications and issues certificates (documents of kind other) for any client.",
  "settings.roleTemplates.crm_partner_supervisor":
    "A partner company's lead: registers opportunities and follows every deal of their company, and supervises the colleagues who deal with the vendor.",
  "settings.roleTemplates.project_manager":
    "Defines the current tasks, develops them with the programmers and supervises them when the group has no tester.",
  "settings.roleTemplates.programmer": "Carries out the tasks assigned to them.",
  "settings.roleTemplates.tester":
    "Continues the programmers' work: sees the group's tasks, files new ones and works those assigned to them.",
  "settings.roleTemplates.external_representative":
    "Someone outside the company given short-term access to work with the team: only the tasks assigned to them. Give the employee an access expiry; at that instant every right ends.",
} as const;

export type TSettingsRoleTemplatesMessages = TMirror<typeof settingsRoleTemplates>;
