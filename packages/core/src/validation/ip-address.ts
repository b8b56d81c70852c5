import { formatIpv4, parseIpv4 } from "./ipv4";
import { formatIpv6, parseIpv6 } from "./ipv6";
import { accept, reject, quote, type Validation } from "./result";

export type IpFamily = 4 | 6;

/** An address as an integer: 32 bits for IPv4, 128 bits for IPv6. */
export type IpAddress = { family: IpFamily; value: bigint };

export const IP_BITS = { 4: 32, 6: 128 } as const;

const MAPPED_PREFIX = 0xffffn << 32n;
const MAX_ADDRESS_LENGTH = 100;

/** Whether an IPv6 value lies in ::ffff:0:0/96, where IPv4 addresses are carried. */
export function isIpv4Mapped(address: IpAddress): boolean {
  return address.family === 6 && address.value >> 32n === 0xffffn;
}

/** `::ffff:10.0.0.1` is, for every check here, the IPv4 address 10.0.0.1. */
export function unmapIpv4(address: IpAddress): IpAddress {
  return isIpv4Mapped(address) ? { family: 4, value: address.value - MAPPED_PREFIX } : address;
}

/**
 * Parses one address exactly as written (an IPv4-mapped address stays IPv6; see unmapIpv4).
 * Only ASCII is read: characters that merely look like digits or colons are refused.
 */
export function parseIpAddress(input: string): Validation<IpAddress> {
  const text = input.trim();
  if (text === "") return reject("Enter an IP address, e.g. 192.0.2.10 or 2001:db8::10.");
  if (text.length > MAX_ADDRESS_LENGTH) {
    return reject(`${quote(text)} is too long to be an IP address.`);
  }
  if (text.includes("%")) {
    return reject(
      `${quote(text)} has a zone id (the part after %), which only means something on one machine; leave it out.`,
    );
  }
  if (text.includes(":")) {
    const value = parseIpv6(text);
    return value.ok ? accept({ family: 6, value: value.value }) : value;
  }
  if (/^[0-9.]+$/.test(text)) {
    const value = parseIpv4(text);
    return value.ok ? accept({ family: 4, value: value.value }) : value;
  }
  const hint = /\p{Nd}/u.test(text.replace(/[0-9]/g, "")) ? " with the digits 0–9" : "";
  return reject(
    `${quote(text)} is not an IP address; write it${hint} as e.g. 192.0.2.10 or 2001:db8::10.`,
  );
}

export function formatIpAddress(address: IpAddress): string {
  return address.family === 4 ? formatIpv4(address.value) : formatIpv6(address.value);
}

/**
 * The canonical text of a client address as sockets and proxies report it: the zone id of a
 * link-local address is dropped and an IPv4-mapped address becomes plain IPv4, so one client
 * has one spelling in sessions, audit entries and range checks. Null for anything else.
 */
export function normaliseIp(input: string): string | null {
  const text = input.trim();
  const zone = text.indexOf("%");
  const withoutZone = zone >= 0 && text.includes(":") ? text.slice(0, zone) : text;
  const address = parseIpAddress(withoutZone);
  return address.ok ? formatIpAddress(unmapIpv4(address.value)) : null;
}
