import { tasksCalendar } from "./tasks/calendar";
import { tasksDetail } from "./tasks/detail";
import { tasksList } from "./tasks/list";
import { tasksReminders } from "./tasks/reminders";

/**
 * Strings of the tasks pages, the reminder pop-up and the calendar; keys start with "tasks.".
 * One file per part under tasks/, each mirrored in the other languages.
 */
export const tasks = {
  ...tasksList,
  ...tasksDetail,
  ...tasksReminders,
  ...tasksCalendar,
} as const;
