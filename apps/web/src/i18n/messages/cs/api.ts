import type { TAreaMessages } from "../en";
import { apiAccess } from "./api/access";
import { apiClients } from "./api/clients";
import { apiDeals } from "./api/deals";
import { apiEmployees } from "./api/employees";
import { apiInvoices } from "./api/invoices";
import { apiOrg } from "./api/org";
import { apiReports } from "./api/reports";
import { apiRoles } from "./api/roles";
import { apiSession } from "./api/session";
import { apiSettings } from "./api/settings";
import { apiTasks } from "./api/tasks";
import { apiWords } from "./api/words";

export const api: TAreaMessages<"api"> = {
  ...apiSession,
  ...apiAccess,
  ...apiClients,
  ...apiDeals,
  ...apiEmployees,
  ...apiInvoices,
  ...apiOrg,
  ...apiReports,
  ...apiRoles,
  ...apiSettings,
  ...apiTasks,
  ...apiWords,
};
