import { validateIco } from "./ico";
import { validateInn } from "./inn";
import { validateFreeformIdentifier, type RegistrationCountry } from "./registration-number";
import { accept, reject, quote, type Validation } from "./result";

/**
 * Czech VAT id: "CZ" and 8–10 digits. Companies use their IČO (8 digits, so its checksum
 * applies); 9 and 10 digits belong to individuals and have no checksum we can verify here.
 */
function validateCzechVatId(input: string): Validation<string> {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  if (compact === "") return reject("Enter the VAT id, e.g. CZ27074358.");
  if (/^\d+$/.test(compact)) {
    const prefixed = validateCzechVatId(`CZ${compact}`);
    return prefixed.ok
      ? reject(`A Czech VAT id starts with CZ: write ${prefixed.value}.`)
      : prefixed;
  }
  const match = /^CZ(\d{8,10})$/.exec(compact);
  if (!match?.[1]) {
    return reject(
      `A Czech VAT id is CZ followed by 8 to 10 digits (e.g. CZ27074358); ${quote(input.trim())} is not.`,
    );
  }
  const digits = match[1];
  if (digits.length === 8) {
    const ico = validateIco(digits);
    if (!ico.ok) {
      return reject(`VAT id CZ${digits} does not contain a valid IČO. ${ico.message}`);
    }
  }
  return accept(`CZ${digits}`);
}

/** VAT id of SPEC A2. In Russia the INN is the VAT id, so it is validated as one. */
export function validateVatId(country: RegistrationCountry, input: string): Validation<string> {
  switch (country) {
    case "cz":
      return validateCzechVatId(input);
    case "ru":
      return validateInn(input);
    case "other":
      return validateFreeformIdentifier("VAT id", input);
  }
}
