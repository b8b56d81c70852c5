import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatIpAddress } from "./ip-address";

import { ipInAnyRange, ipInRange, parseIpRange, type IpRange } from "./ip-range";

const range = (from: string, to: string, cidr: string | null, family: 4 | 6): IpRange => ({
  from,
  to,
  cidr,
  family,
});
const ALL_ONES = "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff";
const EXAMPLES = "e.g. 192.0.2.10, 192.0.2.10-192.0.2.99 or 192.0.2.0/24";

describe("parseIpRange (E1)", () => {
  it.each([
    ["10.0.0.1", range("10.0.0.1", "10.0.0.1", null, 4)],
    ["  10.0.0.1  ", range("10.0.0.1", "10.0.0.1", null, 4)],
    ["255.255.255.255", range("255.255.255.255", "255.255.255.255", null, 4)],
    ["::1", range("::1", "::1", null, 6)],
    ["2001:0DB8::0001", range("2001:db8::1", "2001:db8::1", null, 6)],
    ["::ffff:10.0.0.1", range("10.0.0.1", "10.0.0.1", null, 4)],
    ["10.0.0.1-10.0.0.9", range("10.0.0.1", "10.0.0.9", null, 4)],
    ["10.0.0.1 - 10.0.0.9", range("10.0.0.1", "10.0.0.9", null, 4)],
    ["10.0.0.1 – 10.0.0.9", range("10.0.0.1", "10.0.0.9", null, 4)],
    ["10.0.0.1–10.0.0.9", range("10.0.0.1", "10.0.0.9", null, 4)],
    ["10.0.0.1 — 10.0.0.9", range("10.0.0.1", "10.0.0.9", null, 4)],
    ["10.0.0.7-10.0.0.7", range("10.0.0.7", "10.0.0.7", null, 4)],
    ["::ffff:10.0.0.1-10.0.0.5", range("10.0.0.1", "10.0.0.5", null, 4)],
    ["2001:db8::1-2001:db8::ff", range("2001:db8::1", "2001:db8::ff", null, 6)],
    ["10.0.0.0/24", range("10.0.0.0", "10.0.0.255", "10.0.0.0/24", 4)],
    ["10.0.0.0 / 24", range("10.0.0.0", "10.0.0.255", "10.0.0.0/24", 4)],
    ["10.0.0.1/32", range("10.0.0.1", "10.0.0.1", "10.0.0.1/32", 4)],
    ["0.0.0.0/0", range("0.0.0.0", "255.255.255.255", "0.0.0.0/0", 4)],
    ["::/0", range("::", ALL_ONES, "::/0", 6)],
    ["::1/128", range("::1", "::1", "::1/128", 6)],
    [
      "2001:DB8::/32",
      range("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db8::/32", 6),
    ],
    ["::ffff:10.0.0.0/104", range("10.0.0.0", "10.255.255.255", "10.0.0.0/8", 4)],
    ["::ffff:0:0/96", range("0.0.0.0", "255.255.255.255", "0.0.0.0/0", 4)],
    ["64:ff9b::/96", range("64:ff9b::", "64:ff9b::ffff:ffff", "64:ff9b::/96", 6)],
    ["64:ff9b::192.0.2.33", range("64:ff9b::c000:221", "64:ff9b::c000:221", null, 6)],
  ])("reads %j", (input, value) => expect(parseIpRange(input)).toEqual({ ok: true, value }));

  it.each([
    ["", `Enter an IP address, a range or a CIDR, ${EXAMPLES}.`],
    ["   ", `Enter an IP address, a range or a CIDR, ${EXAMPLES}.`],
    ["10.0.0.9-10.0.0.1", '"10.0.0.9-10.0.0.1" runs backwards: did you mean 10.0.0.1-10.0.0.9?'],
    [
      "2001:db8::ff – 2001:db8::1",
      '"2001:db8::ff – 2001:db8::1" runs backwards: did you mean 2001:db8::1-2001:db8::ff?',
    ],
    [
      "10.0.0.1-::1",
      '"10.0.0.1-::1" mixes address families: 10.0.0.1 is IPv4 and ::1 is IPv6. Enter one range for each.',
    ],
    [
      "::ffff:10.0.0.1-2001:db8::1",
      '"::ffff:10.0.0.1-2001:db8::1" mixes address families: 10.0.0.1 is IPv4 and 2001:db8::1 is IPv6. Enter one range for each.',
    ],
    [
      "10.0.0.5/24",
      '"10.0.0.5/24" has host bits set after /24; did you mean 10.0.0.0/24? (For one address, write 10.0.0.5 alone.)',
    ],
    [
      "2001:db8::1/32",
      '"2001:db8::1/32" has host bits set after /32; did you mean 2001:db8::/32? (For one address, write 2001:db8::1 alone.)',
    ],
    [
      "::ffff:10.0.0.1/104",
      '"::ffff:10.0.0.1/104" has host bits set after /8; did you mean 10.0.0.0/8? (For one address, write 10.0.0.1 alone.)',
    ],
    ["10.0.0.0/33", '"10.0.0.0/33" has prefix /33; an IPv4 prefix is a whole number from 0 to 32.'],
    ["::/129", '"::/129" has prefix /129; an IPv6 prefix is a whole number from 0 to 128.'],
    ["10.0.0.0/-1", '"10.0.0.0/-1" has prefix /-1; an IPv4 prefix is a whole number from 0 to 32.'],
    ["10.0.0.0/2a", '"10.0.0.0/2a" has prefix /2a; an IPv4 prefix is a whole number from 0 to 32.'],
    ["10.0.0.0/", '"10.0.0.0/" has no prefix after "/"; write e.g. 10.0.0.0/32.'],
    [
      "10.0.0.0/8/8",
      '"10.0.0.0/8/8" has more than one "/"; a CIDR is an address and a prefix, e.g. 192.0.2.0/24.',
    ],
    [
      "10.0.0.0/24-10.0.1.0/24",
      `"10.0.0.0/24-10.0.1.0/24" mixes a range and a CIDR; write one or the other, ${EXAMPLES}.`,
    ],
    [
      "10.0.0.1-10.0.0.9-10.0.0.20",
      `"10.0.0.1-10.0.0.9-10.0.0.20" has more than one dash; a range is first-last, ${EXAMPLES}.`,
    ],
    ["10.0.0.1-", `"10.0.0.1-" is missing the last address of the range, ${EXAMPLES}.`],
    ["– 10.0.0.1", `"– 10.0.0.1" is missing the first address of the range, ${EXAMPLES}.`],
    ["10.0.0.1-10.0.0.300", '"10.0.0.300" is not an IPv4 address: 300 is more than 255.'],
    ["/24", "Enter an IP address, e.g. 192.0.2.10 or 2001:db8::10."],
    [
      "fe80::1%eth0-fe80::9",
      '"fe80::1%eth0" has a zone id (the part after %), which only means something on one machine; leave it out.',
    ],
    [
      "１０.０.０.１",
      '"１０.０.０.１" is not an IP address; write it with the digits 0–9 as e.g. 192.0.2.10 or 2001:db8::10.',
    ],
    ["1".repeat(201), `"${"1".repeat(40)}…" is too long for an IP range; write ${EXAMPLES}.`],
  ])("refuses %j", (input, message) => expect(parseIpRange(input)).toEqual({ ok: false, message }));
});

const office = range("192.0.2.10", "192.0.2.99", null, 4);
const lab = range("2001:db8::", "2001:db8::ffff", "2001:db8::/112", 6);
const everyIpv4 = range("0.0.0.0", "255.255.255.255", "0.0.0.0/0", 4);
const everyIpv6 = range("::", ALL_ONES, "::/0", 6);

describe("ipInRange (E1)", () => {
  it.each([
    ["192.0.2.10", office, true],
    ["192.0.2.99", office, true],
    ["192.0.2.50", office, true],
    ["192.0.2.9", office, false],
    ["192.0.2.100", office, false],
    ["::ffff:192.0.2.50", office, true],
    ["::ffff:c000:232", office, true],
    [" 192.0.2.50 ", office, true],
    ["2001:db8::1", lab, true],
    ["2001:DB8:0:0:0:0:0:FFFF", lab, true],
    ["2001:db8::1:0", lab, false],
    ["fe80::1%eth0", range("fe80::", "fe80::ffff", null, 6), true],
    ["255.255.255.255", everyIpv4, true],
    ["0.0.0.0", everyIpv4, true],
    ["::1", everyIpv4, false],
    ["10.0.0.1", everyIpv6, false],
    ["::ffff:10.0.0.1", everyIpv6, false],
    [ALL_ONES, everyIpv6, true],
    ["garbage", everyIpv4, false],
    ["", everyIpv4, false],
    ["192.0.2.50", { from: "garbage", to: "192.0.2.99" }, false],
    ["192.0.2.50", { from: "::", to: "192.0.2.99" }, false],
    ["192.0.2.50", { from: "::ffff:192.0.2.0", to: "::ffff:192.0.2.255" }, true],
    // ::/80 ends at ::ffff:ffff:ffff, which alone reads as IPv4; the range stays IPv6.
    ["::", { from: "::", to: "::ffff:ffff:ffff" }, true],
    ["::1:0:0", { from: "::", to: "::ffff:ffff:ffff" }, true],
    ["10.0.0.1", { from: "::", to: "::ffff:ffff:ffff" }, false],
    ["::", { from: "::", to: "255.255.255.255" }, false],
  ])("%j in %j → %s", (ip, within, expected) => expect(ipInRange(ip, within)).toBe(expected));
});

describe("ipInAnyRange (E1)", () => {
  it.each([
    ["192.0.2.50", [office, lab], true],
    ["2001:db8::7", [office, lab], true],
    ["198.51.100.1", [office, lab], false],
    ["192.0.2.50", [], false],
    ["not an ip", [everyIpv4, everyIpv6], false],
  ])("%j → %s", (ip, ranges, expected) => expect(ipInAnyRange(ip, ranges)).toBe(expected));

  it("agrees with the ranges parseIpRange produces", () => {
    const parsed = ["10.0.0.0/8", "172.16.0.0 – 172.31.255.255", "::ffff:192.168.0.0/112"].map(
      (input) => {
        const result = parseIpRange(input);
        if (!result.ok) throw new Error(result.message);
        return result.value;
      },
    );
    expect(
      ["10.255.0.1", "172.20.1.1", "192.168.7.7", "192.169.0.1", "::ffff:10.1.1.1", "11.0.0.0"].map(
        (ip) => ipInAnyRange(ip, parsed),
      ),
    ).toEqual([true, true, true, false, true, false]);
  });
});

describe("CIDR ranges as integers (E1)", () => {
  // An address is in a CIDR exactly when its first `prefix` bits equal the network's.
  it("contain exactly the addresses that share the prefix, IPv4 and IPv6", () => {
    const family = fc.constantFrom(4 as const, 6 as const);
    const bits = (f: 4 | 6) => (f === 4 ? 32 : 128);
    const value = (f: 4 | 6) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits(f))) - 1n });
    const cases = family.chain((f) =>
      fc.tuple(fc.constant(f), value(f), fc.integer({ min: 0, max: bits(f) }), value(f)),
    );
    fc.assert(
      fc.property(cases, ([f, base, prefix, probe]) => {
        const hostBits = BigInt(bits(f) - prefix);
        const network = (base >> hostBits) << hostBits;
        const parsed = parseIpRange(`${formatIpAddress({ family: f, value: network })}/${prefix}`);
        if (!parsed.ok) throw new Error(parsed.message);
        // IPv4-mapped probes would be read as IPv4; keep IPv6 probes outside ::ffff:0:0/96.
        const isMapped = f === 6 && probe >> 32n === 0xffffn;
        fc.pre(!isMapped);
        const ip = formatIpAddress({ family: f, value: probe });
        expect(ipInRange(ip, parsed.value)).toBe(probe >> hostBits === network >> hostBits);
      }),
      { numRuns: 1000 },
    );
  });
});
