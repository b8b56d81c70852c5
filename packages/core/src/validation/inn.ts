import { readDigits, weightedSum } from "./digits";
import { abbreviate, accept, reject, type Validation } from "./result";

const LEGAL_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function checkDigit(digits: string, weights: readonly number[]): string {
  return String((weightedSum(digits, weights) % 11) % 10);
}

/** The check digits an INN should end with, given everything before them. */
export function innCheckDigits(inn: string): string {
  if (inn.length === 10) return checkDigit(inn, LEGAL_WEIGHTS);
  const eleventh = checkDigit(inn, FIRST_WEIGHTS);
  return eleventh + checkDigit(inn.slice(0, 10) + eleventh, SECOND_WEIGHTS);
}

/**
 * Russian taxpayer number (INN, SPEC A2): 10 digits for an organisation, 12 for an individual
 * (two check digits). Unlike the IČO it is never padded: a short INN is a typo, not a
 * dropped zero.
 */
export function validateInn(input: string): Validation<string> {
  const digits = readDigits("INN", input);
  if (!digits.ok) return digits;
  const inn = digits.value;
  if (inn.length !== 10 && inn.length !== 12) {
    return reject(
      `An INN has 10 digits (organisation) or 12 (individual); ${abbreviate(inn)} has ${inn.length}.`,
    );
  }
  // All zeros passes the checksum but is never issued; it is what a placeholder looks like.
  if (/^0+$/.test(inn)) return reject(`INN ${inn} is a placeholder, not a real INN.`);
  const expected = innCheckDigits(inn);
  const actual = inn.slice(inn.length - expected.length);
  if (actual !== expected) {
    return reject(
      expected.length === 1
        ? `INN ${inn} has a wrong check digit: the last digit should be ${expected}.`
        : `INN ${inn} has wrong check digits: the last two digits should be ${expected}.`,
    );
  }
  return accept(inn);
}
