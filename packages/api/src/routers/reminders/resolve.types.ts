import { ZReminder, ZReminderAtVersion } from "./reminder.schema";

export const ZResolveInput = ZReminderAtVersion;

export const ZResolveOutput = ZReminder;
