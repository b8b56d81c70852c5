import { z } from "zod";

import { ZDescription, ZId, ZRole, ZRoleName, ZVersion } from "./roles.schema";

export const ZUpdateInput = z
  .strictObject({
    id: ZId("role"),
    version: ZVersion,
    name: ZRoleName.optional(),
    description: ZDescription.nullable().optional(),
    readOnly: z.boolean().optional(),
  })
  .refine(
    (input) =>
      input.name !== undefined || input.description !== undefined || input.readOnly !== undefined,
    { message: "Change at least one of name, description and readOnly.", path: ["name"] },
  );
export const ZUpdateOutput = ZRole;
