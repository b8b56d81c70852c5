import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZReminder, ZReminderFields } from "./reminder.schema";

export const ZCreateInput = ZReminderFields;

export const ZCreateOutput = ZReminder.extend({ can: ZRecordCan });
