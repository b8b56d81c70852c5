import type { TAreaMessages } from "../en";
import { tasksCalendar } from "./tasks/calendar";
import { tasksDetail } from "./tasks/detail";
import { tasksList } from "./tasks/list";
import { tasksReminders } from "./tasks/reminders";

export const tasks: TAreaMessages<"tasks"> = {
  ...tasksList,
  ...tasksDetail,
  ...tasksReminders,
  ...tasksCalendar,
};
