import { ZCompanyRegistration } from "@charter/core/validation";
import { z } from "zod";

export const ZLookupRegisterInput = z
  .strictObject({
    registrationCountry: z.enum(["cz", "ru"], {
      error: "The register lookup knows Czech (cz) and Russian (ru) companies.",
    }),
    registrationNumber: z.string({ error: "Send the registration number as text." }),
  })
  .transform((input, ctx) => {
    // The same checksum as a save, so a number the register is asked for could be saved.
    const checked = ZCompanyRegistration.safeParse({
      country: input.registrationCountry,
      registrationNumber: input.registrationNumber,
    });
    if (checked.success) return { ...input, registrationNumber: checked.data.registrationNumber };
    for (const issue of checked.error.issues) {
      ctx.addIssue({ code: "custom", path: ["registrationNumber"], message: issue.message });
    }
    return z.NEVER;
  });

const ZRegisterCompany = z.object({
  legalName: z.string(),
  vatId: z.string().nullable(),
  street: z.string(),
  city: z.string(),
  postalCode: z.string(),
  country: z.string(),
});

export const ZLookupRegisterOutput = z.discriminatedUnion("found", [
  z.object({ found: z.literal(true), company: ZRegisterCompany }),
  z.object({ found: z.literal(false), message: z.string() }),
]);
