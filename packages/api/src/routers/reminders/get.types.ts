import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZReminder, ZReminderId } from "./reminder.schema";

export const ZGetInput = z.strictObject({ id: ZReminderId });

export const ZGetOutput = ZReminder.extend({ can: ZRecordCan });
