import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZReminder, ZReminderAtVersion } from "./reminder.schema";

export const ZResolveInput = ZReminderAtVersion;

export const ZResolveOutput = ZReminder.extend({ can: ZRecordCan });
