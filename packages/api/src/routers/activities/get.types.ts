import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZActivity, ZActivityId } from "./activity.schema";

export const ZGetInput = z.strictObject({ id: ZActivityId });

export const ZGetOutput = ZActivity.extend({ can: ZRecordCan });
