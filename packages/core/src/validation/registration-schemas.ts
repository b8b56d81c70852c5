import { z } from "zod";

import { validateIco } from "./ico";
import { validateInn } from "./inn";
import { REGISTRATION_COUNTRIES, validateRegistrationNumber } from "./registration-number";
import { validateVatId } from "./vat-id";
import { zodFromValidator } from "./zod-from";

export const ZIco = zodFromValidator("IČO", validateIco);
export const ZInn = zodFromValidator("INN", validateInn);
export const ZRegistrationCountry = z.enum(REGISTRATION_COUNTRIES);

/**
 * The identity part of a company profile (SPEC A2): which register, its number and the VAT id,
 * each checked by the country's rules. An empty VAT id means the company has none.
 */
export const ZCompanyRegistration = z
  .object({
    country: ZRegistrationCountry,
    registrationNumber: z.string({ error: "Send the registration number as text." }),
    vatId: z.string({ error: "Send the VAT id as text." }).nullish(),
  })
  .transform((input, ctx) => {
    const number = validateRegistrationNumber(input.country, input.registrationNumber);
    if (!number.ok) {
      ctx.addIssue({ code: "custom", message: number.message, path: ["registrationNumber"] });
    }
    const blankVat = input.vatId == null || input.vatId.trim() === "";
    const vat = blankVat ? null : validateVatId(input.country, input.vatId ?? "");
    if (vat && !vat.ok) ctx.addIssue({ code: "custom", message: vat.message, path: ["vatId"] });
    if (!number.ok || (vat && !vat.ok)) return z.NEVER;
    return {
      country: input.country,
      registrationNumber: number.value,
      vatId: vat?.ok ? vat.value : null,
    };
  });

export type TCompanyRegistration = z.output<typeof ZCompanyRegistration>;
