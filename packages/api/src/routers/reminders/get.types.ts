import { z } from "zod";

import { ZReminder, ZReminderId } from "./reminder.schema";

export const ZGetInput = z.strictObject({ id: ZReminderId });

export const ZGetOutput = ZReminder;
