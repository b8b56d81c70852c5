import type { TAccessCases } from "../testing/access-matrix/types";
import { ACTIVITY_CASES } from "./activities/activities.access-cases";
import { AUDIT_CASES } from "./audit/audit.access-cases";
import { CALENDAR_CASES } from "./calendar/calendar.access-cases";
import { COMPANY_CASES } from "./companies/companies.access-cases";
import { CONTACT_CASES } from "./contacts/contacts.access-cases";
import { DEAL_CASES } from "./deals/deals.access-cases";
import { DOCUMENT_CASES } from "./documents/documents.access-cases";
import { EMPLOYEE_CASES } from "./employees/employees.access-cases";
import { EXPORT_CASES } from "./exports/exports.access-cases";
import { FIELDS_CASES } from "./fields/fields.access-cases";
import { GROUP_CASES } from "./groups/groups.access-cases";
import { INTEREST_CASES } from "./interests/interests.access-cases";
import { INVOICE_CASES } from "./invoices/invoices.access-cases";
import { OBJECT_CASES } from "./objects/objects.access-cases";
import { ORG_CASES } from "./org/org.access-cases";
import { PERMISSIONS_CASES } from "./permissions/permissions.access-cases";
import { PIPELINE_CASES } from "./pipelines/pipelines.access-cases";
import { PRODUCT_CASES } from "./products/products.access-cases";
import { PROJECTS_CASES } from "./projects/projects.access-cases";
import { REMINDER_CASES } from "./reminders/reminders.access-cases";
import { REPORT_CASES } from "./reports/reports.access-cases";
import { ROLE_CASES } from "./roles/roles.access-cases";
import { SAVED_FILTER_CASES } from "./saved-filters/saved-filters.access-cases";
import { SEARCH_CASES } from "./search/search.access-cases";
import { SECURITY_CASES } from "./security/security.access-cases";
import { SESSION_CASES } from "./session/session.access-cases";
import { TASK_CASES } from "./tasks/tasks.access-cases";

/**
 * The permission matrix's cases, by router: each router folder keeps its own cases and its
 * reviewed snapshot (`<router>/__snapshots__/<router>.access.snap`).
 */
export const ACCESS_CASES_BY_ROUTER: Record<string, TAccessCases> = {
  session: SESSION_CASES,
  companies: COMPANY_CASES,
  contacts: CONTACT_CASES,
  objects: OBJECT_CASES,
  fields: FIELDS_CASES,
  org: ORG_CASES,
  permissions: PERMISSIONS_CASES,
  employees: EMPLOYEE_CASES,
  security: SECURITY_CASES,
  audit: AUDIT_CASES,
  projects: PROJECTS_CASES,
  activities: ACTIVITY_CASES,
  tasks: TASK_CASES,
  reminders: REMINDER_CASES,
  calendar: CALENDAR_CASES,
  documents: DOCUMENT_CASES,
  invoices: INVOICE_CASES,
  roles: ROLE_CASES,
  savedFilters: SAVED_FILTER_CASES,
  groups: GROUP_CASES,
  pipelines: PIPELINE_CASES,
  products: PRODUCT_CASES,
  interests: INTEREST_CASES,
  deals: DEAL_CASES,
  reports: REPORT_CASES,
  exports: EXPORT_CASES,
  search: SEARCH_CASES,
};
