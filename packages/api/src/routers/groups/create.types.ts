import { z } from "zod";

import { ZDescription, ZId } from "../roles/roles.schema";
import { ZGroup, ZGroupName } from "./groups.schema";

export const ZCreateInput = z.strictObject({
  name: ZGroupName,
  description: ZDescription.nullable().optional(),
  /** A group has one or more managers (D3); they are its first members. */
  managerIds: z
    .array(ZId("employee"))
    .min(1, "Name at least one manager: a group always has one.")
    .max(50, "Name at most 50 managers; add more members afterwards."),
});
export const ZCreateOutput = ZGroup;
