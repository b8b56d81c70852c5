import { ZVersion } from "../project.schema";
import { checkRegistration, ZProfile, ZProfileFields } from "./profile.schema";

export const ZUpdateInput = ZProfileFields.extend({
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
})
  .refine((input) => Object.keys(input).length > 1, {
    message: "Change at least one field.",
    path: ["name"],
  })
  .transform(checkRegistration);

export const ZUpdateOutput = ZProfile;
