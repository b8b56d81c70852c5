import { z } from "zod";

import { ZTask, ZTaskId } from "./task.schema";

export const ZGetInput = z.strictObject({ id: ZTaskId });

export const ZGetOutput = ZTask;
