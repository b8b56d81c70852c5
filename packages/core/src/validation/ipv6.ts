import { parseIpv4 } from "./ipv4";
import { accept, reject, quote, type Validation } from "./result";

function readGroups(input: string, text: string, allowIpv4Tail: boolean): Validation<bigint[]> {
  if (text === "") return accept([]);
  const groups: bigint[] = [];
  const parts = text.split(":");
  for (const [index, part] of parts.entries()) {
    if (allowIpv4Tail && index === parts.length - 1 && part.includes(".")) {
      const ipv4 = parseIpv4(part);
      if (!ipv4.ok) return reject(`${quote(input)} ends in an invalid IPv4 part. ${ipv4.message}`);
      groups.push(ipv4.value >> 16n, ipv4.value & 0xffffn);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
      groups.push(BigInt(`0x${part}`));
    } else {
      const what =
        part === "" ? "has an empty group" : `has ${quote(part)} where 1–4 hex digits belong`;
      return reject(`${quote(input)} is not an IPv6 address: it ${what}.`);
    }
  }
  return accept(groups);
}

/** An IPv6 address (compressed `::` and an embedded IPv4 tail allowed) as a 128-bit integer. */
export function parseIpv6(input: string): Validation<bigint> {
  const halves = input.split("::");
  if (halves.length > 2) {
    return reject(`${quote(input)} is not an IPv6 address: "::" may appear only once.`);
  }
  const [headText = "", tailText] = halves;
  const compressed = tailText !== undefined;
  const head = readGroups(input, headText, !compressed);
  if (!head.ok) return head;
  const tail = readGroups(input, tailText ?? "", true);
  if (!tail.ok) return tail;
  const count = head.value.length + tail.value.length;
  if (compressed ? count > 7 : count !== 8) {
    return reject(
      `${quote(input)} is not an IPv6 address: it has ${count} groups of 16 bits; an address has 8${compressed ? ", with :: standing for at least one" : ""}.`,
    );
  }
  const zeros: bigint[] = Array.from({ length: 8 - count }, () => 0n);
  const groups = [...head.value, ...zeros, ...tail.value];
  return accept(groups.reduce((value, group) => (value << 16n) | group, 0n));
}

/** RFC 5952 text: lowercase, no leading zeros, the longest run of two or more zero groups as ::. */
export function formatIpv6(value: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) =>
    Number((value >> shift) & 0xffffn),
  );
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8;) {
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end === start ? start + 1 : end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  const head = hex.slice(0, bestStart).join(":");
  const tail = hex.slice(bestStart + bestLength).join(":");
  return `${head}::${tail}`;
}
