import { z } from "zod";

import { ZId } from "../roles/roles.schema";
import { ZGroup } from "./groups.schema";

export const ZSetMemberInput = z.strictObject({
  groupId: ZId("group"),
  employeeId: ZId("employee"),
  isManager: z.boolean().default(false),
});
export const ZSetMemberOutput = ZGroup;
