import { z } from "zod";

import { ZActivity, ZActivityId } from "./activity.schema";

export const ZGetInput = z.strictObject({ id: ZActivityId });

export const ZGetOutput = ZActivity;
