import { z } from "zod";

import { ZConditionInput, ZGrant, ZId, ZVersion, ZWord } from "./roles.schema";

/** A grant's scope or condition; its resource and action are what it is (remove and add). */
export const ZUpdateGrantInput = z
  .strictObject({
    id: ZId("grant"),
    version: ZVersion,
    scope: ZWord("scope").optional(),
    /** null removes the condition. */
    condition: ZConditionInput,
  })
  .refine((input) => input.scope !== undefined || input.condition !== undefined, {
    message: "Change the scope or the condition.",
    path: ["scope"],
  });
export const ZUpdateGrantOutput = ZGrant;
