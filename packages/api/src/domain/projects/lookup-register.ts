import type {
  TCompanyRegister,
  TRegisterCompany,
  TRegisterCountry,
} from "./company-register/company-register";

export type TRegisterLookup =
  { found: true; company: TRegisterCompany } | { found: false; message: string };

const NUMBER_NAMES: Record<TRegisterCountry, string> = { cz: "IČO", ru: "INN" };
const REGISTER_NAMES: Record<TRegisterCountry, string> = {
  cz: "The Czech company register",
  ru: "The Russian company register",
};

/**
 * Asks the register for a company whose number already passed its checksum (SPEC A2). It
 * only reads: the form fills itself from the answer and the profile changes when saved.
 */
export async function lookupRegister(
  register: TCompanyRegister,
  input: { registrationCountry: TRegisterCountry; registrationNumber: string },
): Promise<TRegisterLookup> {
  const { registrationCountry: country, registrationNumber: number } = input;
  const company = await register.lookup(country, number);
  if (company) return { found: true, company };
  return {
    found: false,
    message: `${REGISTER_NAMES[country]} has no company with ${NUMBER_NAMES[country]} ${number}. Check the number, or fill in the profile by hand.`,
  };
}
