import { accept, reject, quote, type Validation } from "./result";

const EMAIL_MAX_LENGTH = 254;
const LOCAL_MAX_LENGTH = 64;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
// What may appear unquoted before the @ (RFC 5322 atext and dots); quoted forms are not taken.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;

function checkDomain(text: string, domain: string): string | null {
  if (domain === "") return `${quote(text)} has nothing after the @.`;
  const labels = domain.split(".");
  if (labels.length < 2) {
    return `${quote(text)} needs a full domain after the @, e.g. name@${domain}.com.`;
  }
  const bad = labels.find((label) => !DOMAIN_LABEL.test(label));
  if (bad !== undefined) {
    const what = bad === "" ? "an empty part (two dots in a row, or a dot at an end)" : quote(bad);
    return `${quote(text)} has ${what} in its domain; a domain is made of letters, digits and hyphens.`;
  }
  const top = labels.at(-1) ?? "";
  if (/^[0-9]+$/.test(top)) return `${quote(text)} has a domain that ends in a number.`;
  return null;
}

/**
 * A plausible e-mail address: one @, a dot-atom before it, a domain of two or more labels
 * after it (international letters allowed), at most 254 characters. The domain is
 * lowercased; the part before @ is kept as written because mail servers may treat case in it.
 */
export function parseEmail(text: string): Validation<string> {
  if ([...text].length > EMAIL_MAX_LENGTH) {
    return reject(
      `${quote(text)} is longer than ${EMAIL_MAX_LENGTH} characters; an e-mail address cannot be.`,
    );
  }
  if (/\s/.test(text)) return reject(`${quote(text)} contains a space; an e-mail address cannot.`);
  const at = text.lastIndexOf("@");
  if (at < 0) return reject(`${quote(text)} has no @; write e.g. name@example.com.`);
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local === "") return reject(`${quote(text)} has nothing before the @.`);
  if (local.includes("@")) return reject(`${quote(text)} has more than one @.`);
  if ([...local].length > LOCAL_MAX_LENGTH) {
    return reject(`${quote(text)} has more than ${LOCAL_MAX_LENGTH} characters before the @.`);
  }
  if (!LOCAL_PART.test(local)) {
    return reject(
      `${quote(text)} has characters before the @ that an address cannot have (or a dot at an end or twice in a row).`,
    );
  }
  const domainProblem = checkDomain(text, domain);
  if (domainProblem !== null) return reject(domainProblem);
  return accept(`${local}@${domain.toLowerCase()}`);
}
