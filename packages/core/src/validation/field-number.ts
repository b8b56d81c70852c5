import { accept, reject, quote, type Validation } from "./result";

const DECIMALS = 4;
// Decimal(18, 4) leaves 14 digits before the point.
const INTEGER_DIGITS = 14;
const SCALE = 10n ** BigInt(DECIMALS);

function explainBadNumber(text: string): string {
  if (/^[+-]?[0-9]+,[0-9]+$/.test(text)) {
    return `${quote(text)} uses a comma; write the decimal point as a dot: ${text.replace(",", ".")}.`;
  }
  if (/^[+-]?[0-9]{1,3}([ \u00a0\u202f,'][0-9]{3})+(\.[0-9]+)?$/.test(text)) {
    return `${quote(text)} has thousands separators; write the number without them: ${text.replace(/[ \u00a0\u202f,']/g, "")}.`;
  }
  if (/^[+-]?[0-9.]+e[+-]?[0-9]+$/i.test(text)) {
    return `${quote(text)} is in exponent notation; write the number out in full.`;
  }
  if (/\p{Nd}/u.test(text.replace(/[0-9]/g, ""))) {
    return `${quote(text)} is not a number; use the digits 0–9.`;
  }
  return `${quote(text)} is not a number; write e.g. 1250 or -3.75.`;
}

/** Rounds half away from zero to four decimals and checks the stored range, all on text. */
function readDecimalText(text: string): Validation<string> {
  const match = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/.exec(text);
  const [, sign = "", integer = "", fraction = ""] = match ?? [];
  if (!match || integer + fraction === "") return reject(explainBadNumber(text));
  const significant = integer.replace(/^0+/, "");
  if (significant.length > INTEGER_DIGITS) {
    return reject(
      `${quote(text)} is too large: at most ${INTEGER_DIGITS} digits before the decimal point.`,
    );
  }
  const kept = fraction.slice(0, DECIMALS).padEnd(DECIMALS, "0");
  const roundUp = Number(fraction[DECIMALS] ?? "0") >= 5;
  const scaled = BigInt(significant + kept) + (roundUp ? 1n : 0n);
  if (scaled >= 10n ** BigInt(INTEGER_DIGITS) * SCALE) {
    return reject(
      `${quote(text)} is too large: at most ${INTEGER_DIGITS} digits before the decimal point.`,
    );
  }
  const whole = (scaled / SCALE).toString();
  const part = (scaled % SCALE).toString().padStart(DECIMALS, "0").replace(/0+$/, "");
  const magnitude = part === "" ? whole : `${whole}.${part}`;
  return accept(sign === "-" && scaled !== 0n ? `-${magnitude}` : magnitude);
}

/**
 * A finite decimal given as a JSON number or a string, as canonical text with at most four
 * decimals (more are rounded half away from zero, as the column would otherwise do silently).
 */
export function parseDecimal(input: number | string): Validation<string> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return reject(`${String(input)} is not a finite number.`);
    // Below 1e-6 String() switches to exponent notation; all such values round to 0.
    return readDecimalText(Math.abs(input) < 1e-6 ? "0" : String(input));
  }
  return readDecimalText(input.trim());
}
