import { z } from "zod";

// Input and output schemas of the org settings (SPEC B1–B4). Inputs are strict: nothing but
// the named fields reaches the database.

export const ZId = (what: string) => z.uuid(`The ${what} id is not valid.`);
export const ZVersion = z.number().int().positive("version must be the version you last read.");
const ZName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Give the ${what} a name.`)
    .max(120, `Keep the ${what} name under 120 characters.`);
const ZOptionalText = z.string().trim().max(500).nullable();

export const ZNone = z.strictObject({});
export const ZRef = (what: string) => z.strictObject({ id: ZId(what), version: ZVersion });
export const ZDeleted = z.object({ id: z.string() });

export const ZDepartment = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  path: z.string(),
  position: z.number().int(),
  version: z.number().int(),
  employeeCount: z.number().int(),
});
export const ZCreateDepartmentInput = z.strictObject({
  name: ZName("department"),
  parentId: ZId("parent department").nullable(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const ZRenameDepartmentInput = z.strictObject({
  id: ZId("department"),
  version: ZVersion,
  name: ZName("department"),
});
export const ZMoveDepartmentInput = z.strictObject({
  id: ZId("department"),
  version: ZVersion,
  parentId: ZId("parent department").nullable(),
});

export const ZBranch = z.object({
  id: z.string(),
  name: z.string(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  version: z.number().int(),
  employeeCount: z.number().int(),
});
export const ZCreateBranchInput = z.strictObject({
  name: ZName("branch"),
  city: z.string().trim().min(1).max(120).optional(),
  address: z.string().trim().min(1).max(500).optional(),
});
export const ZUpdateBranchInput = z.strictObject({
  id: ZId("branch"),
  version: ZVersion,
  name: ZName("branch").optional(),
  city: ZOptionalText.optional(),
  address: ZOptionalText.optional(),
});

const ZCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,20}$/, "code: use 1–20 letters, digits, - or _ (e.g. SW).");
export const ZDirection = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
  employeeCount: z.number().int(),
});
export const ZCreateDirectionInput = z.strictObject({ code: ZCode, name: ZName("direction") });
export const ZUpdateDirectionInput = z.strictObject({
  id: ZId("direction"),
  version: ZVersion,
  code: ZCode.optional(),
  name: ZName("direction").optional(),
});

export const ZWorkGroup = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  version: z.number().int(),
  members: z.array(
    z.object({ employeeId: z.string(), name: z.string(), memberRole: z.string().nullable() }),
  ),
});
export const ZCreateWorkGroupInput = z.strictObject({
  name: ZName("work group"),
  description: z.string().trim().min(1).max(500).optional(),
});
export const ZUpdateWorkGroupInput = z.strictObject({
  id: ZId("work group"),
  version: ZVersion,
  name: ZName("work group").optional(),
  description: ZOptionalText.optional(),
});
export const ZSetWorkGroupMemberInput = z.strictObject({
  workGroupId: ZId("work group"),
  employeeId: ZId("employee"),
  memberRole: z.string().trim().min(1).max(80).nullable(),
});
export const ZRemoveWorkGroupMemberInput = z.strictObject({
  workGroupId: ZId("work group"),
  employeeId: ZId("employee"),
});
