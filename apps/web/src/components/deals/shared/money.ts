// Money travels as decimal strings ("125000.50"); these helpers add and multiply them in
// whole cents (BigInt), so no float ever rounds an amount on the way.

const AMOUNT = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** "125000.5" → 12500050n; anything else is not an amount. */
export function toCents(amount: string): bigint | null {
  const match = AMOUNT.exec(amount.trim());
  if (!match) return null;
  const [, sign, whole = "0", fraction = ""] = match;
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  return sign ? -cents : cents;
}

/** 12500050n → "125000.50". */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const absolute = negative ? -cents : cents;
  const whole = absolute / 100n;
  const fraction = (absolute % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole.toString()}.${fraction}`;
}

/** a + b (a − b with `sign` -1); an amount that is not one counts as zero. */
export function addAmounts(a: string, b: string, sign: 1 | -1 = 1): string {
  const left = toCents(a) ?? 0n;
  const right = toCents(b) ?? 0n;
  return fromCents(sign === 1 ? left + right : left - right);
}

/** A decimal with up to `scale` places as an integer scaled by 10^scale. */
function toScaled(value: string, scale: number): bigint | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  if (fraction.length > scale) return null;
  return BigInt(whole) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, "0") || "0");
}

/**
 * What a product line comes to, as the API computes it: quantity × price × (100 − discount)
 * / 100, rounded half up to the cent. Null while a value is not a number yet (the form shows
 * no total rather than a wrong one).
 */
export function lineTotal(quantity: string, unitPrice: string, discount: string): string | null {
  const thousandths = toScaled(quantity, 3);
  const cents = toScaled(unitPrice, 2);
  const discountHundredths = toScaled(discount.trim() === "" ? "0" : discount, 2);
  if (thousandths === null || cents === null || discountHundredths === null) return null;
  if (discountHundredths > 10_000n) return null;
  const numerator = thousandths * cents * (10_000n - discountHundredths);
  const denominator = 1000n * 10_000n;
  return fromCents((numerator + denominator / 2n) / denominator);
}

/** The sum of several amounts (null if any is not one). */
export function sumAmounts(amounts: readonly (string | null)[]): string | null {
  let total = 0n;
  for (const amount of amounts) {
    const cents = amount === null ? null : toCents(amount);
    if (cents === null) return null;
    total += cents;
  }
  return fromCents(total);
}
