import { z } from "zod";

import { ZGrant, ZUserType } from "../roles/roles.schema";

// Shared by the CRM group procedures' input and output schemas (D3).

export const ZGroupName = z.string().trim().min(1, "Give the group a name.").max(100);

export const ZGroupSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
  memberCount: z.number().int(),
  managers: z.array(z.object({ employeeId: z.string(), name: z.string() })),
});

export const ZGroupMember = z.object({
  employeeId: z.string(),
  name: z.string(),
  userType: ZUserType,
  isManager: z.boolean(),
});

export const ZGroup = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
  members: z.array(ZGroupMember),
  grants: z.array(ZGrant),
});
