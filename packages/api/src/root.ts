import { activitiesRouter } from "./routers/activities";
import { auditRouter } from "./routers/audit";
import { calendarRouter } from "./routers/calendar";
import { companiesRouter } from "./routers/companies";
import { contactsRouter } from "./routers/contacts";
import { dealsRouter } from "./routers/deals";
import { documentsRouter } from "./routers/documents";
import { employeesRouter } from "./routers/employees";
import { exportsRouter } from "./routers/exports";
import { fieldsRouter } from "./routers/fields";
import { groupsRouter } from "./routers/groups";
import { interestsRouter } from "./routers/interests";
import { invoicesRouter } from "./routers/invoices";
import { objectsRouter } from "./routers/objects";
import { orgRouter } from "./routers/org";
import { permissionsRouter } from "./routers/permissions";
import { pipelinesRouter } from "./routers/pipelines";
import { productsRouter } from "./routers/products";
import { projectsRouter } from "./routers/projects";
import { remindersRouter } from "./routers/reminders";
import { reportsRouter } from "./routers/reports";
import { rolesRouter } from "./routers/roles";
import { savedFiltersRouter } from "./routers/saved-filters";
import { searchRouter } from "./routers/search";
import { securityRouter } from "./routers/security";
import { sessionRouter } from "./routers/session";
import { tasksRouter } from "./routers/tasks";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  session: sessionRouter,
  companies: companiesRouter,
  contacts: contactsRouter,
  objects: objectsRouter,
  fields: fieldsRouter,
  org: orgRouter,
  permissions: permissionsRouter,
  employees: employeesRouter,
  security: securityRouter,
  audit: auditRouter,
  projects: projectsRouter,
  documents: documentsRouter,
  invoices: invoicesRouter,
  activities: activitiesRouter,
  tasks: tasksRouter,
  reminders: remindersRouter,
  calendar: calendarRouter,
  reports: reportsRouter,
  exports: exportsRouter,
  roles: rolesRouter,
  groups: groupsRouter,
  pipelines: pipelinesRouter,
  products: productsRouter,
  interests: interestsRouter,
  deals: dealsRouter,
  savedFilters: savedFiltersRouter,
  search: searchRouter,
});

export type AppRouter = typeof appRouter;
