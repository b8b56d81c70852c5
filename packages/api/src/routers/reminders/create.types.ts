import { ZReminder, ZReminderFields } from "./reminder.schema";

export const ZCreateInput = ZReminderFields;

export const ZCreateOutput = ZReminder;
