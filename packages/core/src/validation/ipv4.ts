import { accept, reject, quote, type Validation } from "./result";

/** A dotted-quad IPv4 address as a 32-bit integer. */
export function parseIpv4(input: string): Validation<bigint> {
  const parts = input.split(".");
  if (parts.length !== 4) {
    return reject(`${quote(input)} is not an IPv4 address: it needs four numbers joined by dots.`);
  }
  let value = 0n;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) {
      const what = part === "" ? "an empty part" : quote(part);
      return reject(`${quote(input)} is not an IPv4 address: ${what} is not a number 0–255.`);
    }
    // Some tools read 010 as octal 8, others as 10: refuse rather than guess.
    if (part.length > 1 && part.startsWith("0")) {
      return reject(
        `${quote(input)} is ambiguous: write ${Number(part)} instead of ${part} (no leading zeros).`,
      );
    }
    const octet = Number(part);
    if (octet > 255) {
      return reject(`${quote(input)} is not an IPv4 address: ${octet} is more than 255.`);
    }
    value = (value << 8n) | BigInt(octet);
  }
  return accept(value);
}

export function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
}
