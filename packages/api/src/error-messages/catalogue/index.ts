import { accessMessages } from "./access";
import { clientsMessages } from "./clients";
import { dealsMessages } from "./deals";
import { employeesMessages } from "./employees";
import { invoicesMessages } from "./invoices";
import { orgMessages } from "./org";
import { reportsMessages } from "./reports";
import { rolesMessages } from "./roles";
import { sessionMessages } from "./session";
import { settingsMessages } from "./settings";
import { tasksMessages } from "./tasks";

/**
 * Every message the API raises on purpose: a stable key and its English text, one file per
 * area. `{name}` marks a parameter; a parameter named after a word (words.ts, WORD_PARAMS)
 * carries one of its family's codes, `{detail}` English text from another module.
 */
export const ERROR_MESSAGES = {
  ...sessionMessages,
  ...accessMessages,
  ...clientsMessages,
  ...dealsMessages,
  ...employeesMessages,
  ...invoicesMessages,
  ...orgMessages,
  ...reportsMessages,
  ...rolesMessages,
  ...settingsMessages,
  ...tasksMessages,
} as const;
