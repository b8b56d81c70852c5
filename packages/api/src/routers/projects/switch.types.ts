import { z } from "zod";

import { ZProjectRef } from "./project.schema";

export const ZSwitchInput = z.strictObject({
  employeeId: z.uuid("employeeId must be one of yours, as `projects.mine` lists them."),
});

export const ZSwitchOutput = z.object({ employeeId: z.string(), project: ZProjectRef });
