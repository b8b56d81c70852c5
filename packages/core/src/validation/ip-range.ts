import {
  IP_BITS,
  formatIpAddress,
  isIpv4Mapped,
  normaliseIp,
  parseIpAddress,
  unmapIpv4,
  type IpAddress,
  type IpFamily,
} from "./ip-address";
import { accept, reject, quote, type Validation } from "./result";

/**
 * An allowed range of addresses (SPEC E1) as stored: first and last address in canonical
 * text, and the CIDR when that is how it was written.
 */
export type IpRange = { from: string; to: string; cidr: string | null; family: IpFamily };

const MAX_RANGE_LENGTH = 200;
const RANGE_DASH = /\s*[-–—]\s*/;
const EXAMPLES = "e.g. 192.0.2.10, 192.0.2.10-192.0.2.99 or 192.0.2.0/24";

const familyName = (family: IpFamily) => (family === 4 ? "IPv4" : "IPv6");

function toRange(from: IpAddress, to: IpAddress, cidr: string | null): IpRange {
  return { from: formatIpAddress(from), to: formatIpAddress(to), cidr, family: from.family };
}

function parseCidr(text: string): Validation<IpRange> {
  const [addressText = "", prefixText = "", ...extra] = text.split("/").map((part) => part.trim());
  if (extra.length > 0) {
    return reject(
      `${quote(text)} has more than one "/"; a CIDR is an address and a prefix, e.g. 192.0.2.0/24.`,
    );
  }
  const parsed = parseIpAddress(addressText);
  if (!parsed.ok) return parsed;
  const written = parsed.value;
  const writtenBits = IP_BITS[written.family];
  if (prefixText === "") {
    return reject(
      `${quote(text)} has no prefix after "/"; write e.g. ${addressText}/${writtenBits}.`,
    );
  }
  if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > writtenBits) {
    return reject(
      `${quote(text)} has prefix /${prefixText}; an ${familyName(written.family)} prefix is a whole number from 0 to ${writtenBits}.`,
    );
  }
  let prefix = Number(prefixText);
  let network = written;
  // ::ffff:10.0.0.0/104 is 10.0.0.0/8; a shorter prefix reaches beyond IPv4 and stays IPv6.
  if (isIpv4Mapped(written) && prefix >= 96) {
    network = unmapIpv4(written);
    prefix -= 96;
  }
  const hostBits = BigInt(IP_BITS[network.family] - prefix);
  const hostMask = (1n << hostBits) - 1n;
  const first = { family: network.family, value: network.value & ~hostMask };
  const canonical = `${formatIpAddress(first)}/${prefix}`;
  if ((network.value & hostMask) !== 0n) {
    return reject(
      `${quote(text)} has host bits set after /${prefix}; did you mean ${canonical}? (For one address, write ${formatIpAddress(network)} alone.)`,
    );
  }
  const last = { family: network.family, value: first.value | hostMask };
  return accept(toRange(first, last, canonical));
}

function parseFromTo(text: string, fromText: string, toText: string): Validation<IpRange> {
  if (fromText === "" || toText === "") {
    const missing = fromText === "" ? "first" : "last";
    return reject(`${quote(text)} is missing the ${missing} address of the range, ${EXAMPLES}.`);
  }
  const from = parseIpAddress(fromText);
  if (!from.ok) return from;
  const to = parseIpAddress(toText);
  if (!to.ok) return to;
  const first = unmapIpv4(from.value);
  const last = unmapIpv4(to.value);
  if (first.family !== last.family) {
    return reject(
      `${quote(text)} mixes address families: ${formatIpAddress(first)} is ${familyName(first.family)} and ${formatIpAddress(last)} is ${familyName(last.family)}. Enter one range for each.`,
    );
  }
  if (first.value > last.value) {
    return reject(
      `${quote(text)} runs backwards: did you mean ${formatIpAddress(last)}-${formatIpAddress(first)}?`,
    );
  }
  return accept(toRange(first, last, null));
}

/**
 * Reads what an admin types as an allowed range (SPEC E1): one address, `from-to` (a hyphen or
 * en dash, spaces allowed) or a CIDR, IPv4 or IPv6. IPv4-mapped IPv6 is read as IPv4.
 */
export function parseIpRange(input: string): Validation<IpRange> {
  const text = input.trim();
  if (text === "") return reject(`Enter an IP address, a range or a CIDR, ${EXAMPLES}.`);
  if (text.length > MAX_RANGE_LENGTH) {
    return reject(`${quote(text)} is too long for an IP range; write ${EXAMPLES}.`);
  }
  if (text.includes("/")) {
    const [, afterDash] = text.split(RANGE_DASH);
    if (afterDash !== undefined && /[.:]/.test(afterDash)) {
      return reject(
        `${quote(text)} mixes a range and a CIDR; write one or the other, ${EXAMPLES}.`,
      );
    }
    return parseCidr(text);
  }
  const ends = text.split(RANGE_DASH);
  if (ends.length > 2) {
    return reject(`${quote(text)} has more than one dash; a range is first-last, ${EXAMPLES}.`);
  }
  const [fromText = "", toText] = ends;
  if (toText === undefined) {
    const single = parseIpAddress(fromText);
    if (!single.ok) return single;
    const address = unmapIpv4(single.value);
    return accept(toRange(address, address, null));
  }
  return parseFromTo(text, fromText, toText);
}

/**
 * Reads a stored range's ends. Both ends IPv4 (or IPv4-mapped) make an IPv4 range; otherwise
 * the range is IPv6 as written, even where an end falls in ::ffff:0:0/96 (::/80 ends at
 * ::ffff:ffff:ffff, which alone would read as 255.255.255.255).
 */
function readRangeEnds(range: Pick<IpRange, "from" | "to">): [IpAddress, IpAddress] | null {
  const from = parseIpAddress(range.from);
  const to = parseIpAddress(range.to);
  if (!from.ok || !to.ok) return null;
  const [first, last] = [unmapIpv4(from.value), unmapIpv4(to.value)];
  if (first.family === 4 && last.family === 4) return [first, last];
  if (from.value.family === 6 && to.value.family === 6) return [from.value, to.value];
  return null;
}

function containsAddress(address: IpAddress, range: Pick<IpRange, "from" | "to">): boolean {
  const ends = readRangeEnds(range);
  if (!ends || ends[0].family !== address.family) return false;
  return ends[0].value <= address.value && address.value <= ends[1].value;
}

function readClientAddress(ip: string): IpAddress | null {
  const canonical = normaliseIp(ip);
  if (canonical === null) return null;
  const parsed = parseIpAddress(canonical);
  return parsed.ok ? unmapIpv4(parsed.value) : null;
}

/**
 * Whether `ip` lies in `range`, compared as integers. A range of the other family never
 * matches, and an address or range that cannot be read matches nothing: a restriction must
 * fail closed.
 */
export function ipInRange(ip: string, range: Pick<IpRange, "from" | "to">): boolean {
  const address = readClientAddress(ip);
  return address !== null && containsAddress(address, range);
}

export function ipInAnyRange(ip: string, ranges: readonly Pick<IpRange, "from" | "to">[]): boolean {
  const address = readClientAddress(ip);
  return address !== null && ranges.some((range) => containsAddress(address, range));
}
