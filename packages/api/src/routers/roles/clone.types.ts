import { z } from "zod";

import { ZDescription, ZId, ZRole, ZRoleName } from "./roles.schema";

export const ZCloneInput = z
  .strictObject({
    /** Clone one of the project's roles… */
    roleId: ZId("role").optional(),
    /** …or a built-in template (SPEC D2), e.g. "telephonist". */
    templateKey: z.string().trim().min(1).max(60).optional(),
    name: ZRoleName,
    /** Absent: the source's description. */
    description: ZDescription.nullable().optional(),
  })
  .refine((input) => (input.roleId === undefined) !== (input.templateKey === undefined), {
    message: "Give either roleId or templateKey, not both.",
    path: ["roleId"],
  });
export const ZCloneOutput = ZRole;
