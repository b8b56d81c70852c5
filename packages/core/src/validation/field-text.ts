import { abbreviate, accept, reject, quote, type Validation } from "./result";

export const TEXT_MAX_LENGTH = 10_000;
const SHOWN_OPTIONS = 10;

/** Free text up to 10,000 characters (counted as people count them, not UTF-16 units). */
export function parseText(text: string): Validation<string> {
  // PostgreSQL text cannot hold NUL; refusing it here gives a message instead of a 500.
  if (text.includes("\u0000")) {
    return reject("The text contains a NUL character, which cannot be stored; remove it.");
  }
  const length = text.length > TEXT_MAX_LENGTH ? [...text].length : text.length;
  if (length > TEXT_MAX_LENGTH) {
    return reject(
      `The text is ${length.toLocaleString("en")} characters long; at most ${TEXT_MAX_LENGTH.toLocaleString("en")} are allowed.`,
    );
  }
  return accept(text);
}

/** One of a select field's options, spelled exactly as the option is. */
export function parseSelect(text: string, options: readonly string[]): Validation<string> {
  if (options.includes(text)) return accept(text);
  if (options.length === 0) {
    return reject("This select field has no options yet; add options to the field first.");
  }
  const sameLetters = options.find((option) => option.toLowerCase() === text.toLowerCase());
  if (sameLetters !== undefined) {
    return reject(`${quote(text)} is not one of the options; did you mean ${quote(sameLetters)}?`);
  }
  const shown = options
    .slice(0, SHOWN_OPTIONS)
    .map((option) => quote(option))
    .join(", ");
  const more = options.length > SHOWN_OPTIONS ? ` and ${options.length - SHOWN_OPTIONS} more` : "";
  return reject(`${quote(text)} is not one of the options: ${shown}${more}.`);
}

/** Digits, spaces, + (first only), -, ( and ), with 6 to 20 digits. Runs of spaces become one. */
export function parsePhone(text: string): Validation<string> {
  const bad = [...text].find((char) => !/[0-9 +\-()]/.test(char));
  if (bad !== undefined) {
    const hint = /^\p{Nd}$/u.test(bad) ? " (use the digits 0–9)" : "";
    return reject(
      `${quote(text)} contains ${quote(bad)}${hint}; a phone number may contain only digits, spaces, +, -, ( and ).`,
    );
  }
  // "+420 …" and "(+420) …" both put the country code first.
  if (text.replace(/^\(/, "").lastIndexOf("+") > 0) {
    return reject(
      `${quote(text)} has a + that is not at the start; only the country code may begin with +.`,
    );
  }
  const digits = text.replace(/[^0-9]/g, "").length;
  if (digits < 6 || digits > 20) {
    return reject(`${quote(text)} has ${digits} digits; a phone number has 6 to 20.`);
  }
  return accept(text.replace(/ {2,}/g, " "));
}

/** An http(s) link with a host and no embedded user name or password. */
export function parseUrl(text: string): Validation<string> {
  if (text.length > 2048) {
    return reject(`The link is ${text.length} characters long; at most 2048 are allowed.`);
  }
  if (/\s/.test(text)) {
    return reject(`${quote(text)} contains a space; encode it as %20 or remove it.`);
  }
  // "example.com:8080" has a port, not a scheme; "mailto:x" has a scheme.
  const scheme = /^([a-z][a-z0-9+.-]*):(?![0-9])/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return reject(
      `${quote(text)} needs http:// or https:// in front, e.g. https://${abbreviate(text)}.`,
    );
  }
  if (scheme !== "http" && scheme !== "https") {
    return reject(
      `${quote(text)} uses the ${scheme}: scheme; only http and https links are allowed.`,
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return reject(`${quote(text)} is not a valid link; check the address after ${scheme}://.`);
  }
  if (url.hostname === "") return reject(`${quote(text)} has no host name after ${scheme}://.`);
  if (url.username !== "" || url.password !== "") {
    return reject(`${quote(text)} contains a user name or password; remove the part before @.`);
  }
  return accept(text);
}
