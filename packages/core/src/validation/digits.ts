import { reject, quote, type Validation } from "./result";

/**
 * Removes the spaces people type or paste into numbers ("270 74 358", non-breaking and thin
 * spaces included) and checks that only the ASCII digits 0–9 remain. Other scripts' digits
 * ("٢٧", "２７") are refused rather than converted: the stored value must be what registers and
 * documents print.
 */
export function readDigits(label: string, input: string): Validation<string> {
  const compact = input.replace(/\s+/g, "");
  if (compact === "") return reject(`Enter the ${label}.`);
  const bad = [...compact].find((char) => char < "0" || char > "9");
  if (bad !== undefined) {
    const hint = /^\p{Nd}$/u.test(bad) ? " (use the digits 0–9)" : "";
    return reject(
      `The ${label} may contain only digits: ${quote(input)} contains ${quote(bad)}${hint}.`,
    );
  }
  return { ok: true, value: compact };
}

/** Sum of digit × weight, the core of every checksum here. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
}
