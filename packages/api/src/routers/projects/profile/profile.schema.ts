import { ZCompanyRegistration, ZRegistrationCountry } from "@charter/core/validation";
import { z } from "zod";

// Shared by the profile procedures' input and output schemas.

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The profile as everyone in the project reads it (A2). */
export const ZProfile = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  legalName: z.string().nullable(),
  registrationCountry: ZRegistrationCountry.nullable(),
  registrationNumber: z.string().nullable(),
  vatId: z.string().nullable(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  logoFileId: z.string().nullable(),
  updatedAt: z.date(),
  version: z.number().int(),
});

/** The fields a profile save may change; absent ones stay as they are. */
export const ZProfileFields = z.strictObject({
  name: z.string().trim().min(1, "Give the project a name.").max(200).optional(),
  legalName: optionalText(200),
  registrationCountry: ZRegistrationCountry.nullable().optional(),
  registrationNumber: z.string().max(64).nullable().optional(),
  vatId: z.string().max(64).nullable().optional(),
  street: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(20),
  country: optionalText(100),
  email: z
    .email("Enter an e-mail address such as office@example.com.")
    .max(254)
    .nullable()
    .optional(),
  phone: optionalText(40),
});

type TRegistrationParts = Pick<
  z.output<typeof ZProfileFields>,
  "registrationCountry" | "registrationNumber" | "vatId"
>;

const REGISTRATION_KEYS = ["registrationCountry", "registrationNumber", "vatId"] as const;
// ZCompanyRegistration names the country `country`; here that is the address's country.
const PATH_IN_PROFILE: Record<string, string> = { country: "registrationCountry" };

/**
 * The registration is saved as a whole, so the VAT id is always checked against the country
 * it is saved with: send all three keys or none. Null in all three clears it. The number and
 * VAT id are checked by ZCompanyRegistration (IČO mod-11, INN checksums) and each error is
 * reported at its own field.
 */
export function checkRegistration<T extends TRegistrationParts>(input: T, ctx: z.RefinementCtx): T {
  const sent = REGISTRATION_KEYS.filter((key) => input[key] !== undefined);
  if (sent.length === 0) return input;
  for (const key of REGISTRATION_KEYS.filter((key) => input[key] === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [key],
      message: `Send ${key} with ${sent.join(" and ")}: the registration is saved as a whole (null clears a part).`,
    });
  }
  if (sent.length < REGISTRATION_KEYS.length) return input;

  const { registrationCountry: country, registrationNumber, vatId } = input;
  if (country == null) {
    if (registrationNumber != null || (vatId != null && vatId.trim() !== "")) {
      ctx.addIssue({
        code: "custom",
        path: ["registrationCountry"],
        message:
          "Choose the registration country (cz, ru or other): it decides how the number is checked.",
      });
    }
    return { ...input, registrationNumber: null, vatId: null };
  }
  if (registrationNumber == null) {
    ctx.addIssue({
      code: "custom",
      path: ["registrationNumber"],
      message: "Enter the registration number for the registration country, or clear the country.",
    });
    return input;
  }
  const checked = ZCompanyRegistration.safeParse({ country, registrationNumber, vatId });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [first] = issue.path;
      const key =
        typeof first === "string" ? (PATH_IN_PROFILE[first] ?? first) : "registrationNumber";
      ctx.addIssue({ code: "custom", path: [key], message: issue.message });
    }
    return input;
  }
  return {
    ...input,
    registrationNumber: checked.data.registrationNumber,
    vatId: checked.data.vatId,
  };
}
