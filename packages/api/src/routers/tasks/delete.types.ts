import { z } from "zod";

import { ZTaskAtVersion } from "./task.schema";

export const ZDeleteInput = ZTaskAtVersion;

export const ZDeleteOutput = z.object({ id: z.string(), deletedReminders: z.number().int() });
