import { z } from "zod";

import { ZReminderAtVersion } from "./reminder.schema";

export const ZDeleteInput = ZReminderAtVersion;

export const ZDeleteOutput = z.object({ id: z.string() });
