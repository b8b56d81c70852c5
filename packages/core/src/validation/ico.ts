import { readDigits, weightedSum } from "./digits";
import { abbreviate, accept, reject, type Validation } from "./result";

const ICO_WEIGHTS = [8, 7, 6, 5, 4, 3, 2] as const;

/** The check digit of a Czech IČO from its first seven digits (mod 11, weights 8..2). */
export function icoCheckDigit(firstSeven: string): number {
  const remainder = weightedSum(firstSeven, ICO_WEIGHTS) % 11;
  if (remainder === 0) return 1;
  if (remainder === 1) return 0;
  return 11 - remainder;
}

/**
 * Czech company registration number (IČO, SPEC A2). Registers drop leading zeros, so shorter
 * input is left-padded to eight digits; spaces are ignored.
 */
export function validateIco(input: string): Validation<string> {
  const digits = readDigits("IČO", input);
  if (!digits.ok) return digits;
  const raw = digits.value;
  if (raw.length > 8) {
    return reject(`An IČO has 8 digits; ${abbreviate(raw)} has ${raw.length}.`);
  }
  const ico = raw.padStart(8, "0");
  const expected = icoCheckDigit(ico.slice(0, 7));
  if (Number(ico[7]) !== expected) {
    return reject(`IČO ${ico} has a wrong check digit: the last digit should be ${expected}.`);
  }
  return accept(ico);
}
