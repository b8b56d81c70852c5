import { validateIco } from "./ico";
import { validateInn } from "./inn";
import { accept, reject, quote, type Validation } from "./result";

/** Where the company is registered: decides which number format and checksum apply. */
export type RegistrationCountry = "cz" | "ru" | "other";

export const REGISTRATION_COUNTRIES = ["cz", "ru", "other"] as const;

const OTHER_MAX_LENGTH = 40;

/**
 * A number from a register Charter does not know (e.g. "HRB 12345 B"): no checksum, so only
 * what would break documents is refused — emptiness, control characters, excessive length.
 */
export function validateFreeformIdentifier(label: string, input: string): Validation<string> {
  const value = input.trim().replace(/\s+/g, " ");
  if (value === "") return reject(`Enter the ${label}.`);
  if (/\p{Cc}/u.test(value)) {
    return reject(`The ${label} contains a control character; type it again as plain text.`);
  }
  const length = [...value].length;
  if (length > OTHER_MAX_LENGTH) {
    return reject(
      `The ${label} ${quote(value)} is ${length} characters long; at most ${OTHER_MAX_LENGTH} are allowed.`,
    );
  }
  return accept(value);
}

/** The company registration number of SPEC A2: IČO in Czechia, INN in Russia. */
export function validateRegistrationNumber(
  country: RegistrationCountry,
  input: string,
): Validation<string> {
  switch (country) {
    case "cz":
      return validateIco(input);
    case "ru":
      return validateInn(input);
    case "other":
      return validateFreeformIdentifier("registration number", input);
  }
}
