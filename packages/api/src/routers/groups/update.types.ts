import { z } from "zod";

import { ZDescription, ZId, ZVersion } from "../roles/roles.schema";
import { ZGroup, ZGroupName } from "./groups.schema";

export const ZUpdateInput = z
  .strictObject({
    id: ZId("group"),
    version: ZVersion,
    name: ZGroupName.optional(),
    description: ZDescription.nullable().optional(),
  })
  .refine((input) => input.name !== undefined || input.description !== undefined, {
    message: "Change the name or the description.",
    path: ["name"],
  });
export const ZUpdateOutput = ZGroup;
