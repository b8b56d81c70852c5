import { z } from "zod";

import { ZProjectRef, ZUserType } from "./project.schema";

export const ZMineInput = z.void();

/** One entry per project the user works in; `employeeId` is what `switch` takes. */
export const ZMineOutput = z.array(
  z.object({
    employeeId: z.string(),
    project: ZProjectRef,
    position: z.string().nullable(),
    userType: ZUserType,
    current: z.boolean(),
  }),
);
