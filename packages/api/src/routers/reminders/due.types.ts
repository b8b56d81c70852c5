import { z } from "zod";

import { ZTask } from "../tasks/task.schema";
import { ZReminder } from "./reminder.schema";

export const ZDueInput = z.strictObject({});

export const ZDueOutput = z.object({
  /** Show the pop-up every this many minutes until all is resolved; null: pop-ups are off. */
  intervalMinutes: z.number().int().nullable(),
  asOf: z.date(),
  reminders: z.array(ZReminder),
  tasks: z.array(ZTask),
  /** More were due than one answer carries (100 of each). */
  truncated: z.boolean(),
});
