import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZTask, ZTaskId } from "./task.schema";

export const ZGetInput = z.strictObject({ id: ZTaskId });

export const ZGetOutput = ZTask.extend({ can: ZRecordCan });
