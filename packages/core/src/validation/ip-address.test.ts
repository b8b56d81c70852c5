import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatIpAddress, normaliseIp, parseIpAddress } from "./ip-address";
import { formatIpv6, parseIpv6 } from "./ipv6";

describe("parseIpAddress", () => {
  it.each([
    ["0.0.0.0", 4, 0n],
    ["255.255.255.255", 4, 0xffffffffn],
    ["192.0.2.10", 4, 0xc000020an],
    ["::", 6, 0n],
    ["::1", 6, 1n],
    ["1::", 6, 1n << 112n],
    ["2001:DB8::1", 6, 0x20010db8000000000000000000000001n],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", 6, 0x20010db8000000000000000000000001n],
    ["1:2:3:4:5:6:7::", 6, 0x00010002000300040005000600070000n],
    ["::1:2:3:4:5:6:7", 6, 0x00000001000200030004000500060007n],
    ["::ffff:10.0.0.1", 6, 0xffff0a000001n],
    ["0:0:0:0:0:ffff:10.0.0.1", 6, 0xffff0a000001n],
    ["64:ff9b::192.0.2.33", 6, 0x0064ff9b0000000000000000c0000221n],
    ["1:2:3:4:5:6:1.2.3.4", 6, 0x00010002000300040005000601020304n],
    [" 10.0.0.1 ", 4, 0x0a000001n],
  ])("reads %j", (input, family, value) =>
    expect(parseIpAddress(input)).toEqual({ ok: true, value: { family, value } }),
  );

  it.each([
    ["", "Enter an IP address, e.g. 192.0.2.10 or 2001:db8::10."],
    ["10.0.0", '"10.0.0" is not an IPv4 address: it needs four numbers joined by dots.'],
    ["10.0.0.1.2", '"10.0.0.1.2" is not an IPv4 address: it needs four numbers joined by dots.'],
    ["10..0.1", '"10..0.1" is not an IPv4 address: an empty part is not a number 0–255.'],
    ["10.0.0.256", '"10.0.0.256" is not an IPv4 address: 256 is more than 255.'],
    ["10.0.0.1000", '"10.0.0.1000" is not an IPv4 address: "1000" is not a number 0–255.'],
    ["010.0.0.1", '"010.0.0.1" is ambiguous: write 10 instead of 010 (no leading zeros).'],
    [
      "１０.0.0.1",
      '"１０.0.0.1" is not an IP address; write it with the digits 0–9 as e.g. 192.0.2.10 or 2001:db8::10.',
    ],
    ["abc", '"abc" is not an IP address; write it as e.g. 192.0.2.10 or 2001:db8::10.'],
    ["1::2::3", '"1::2::3" is not an IPv6 address: "::" may appear only once.'],
    [":::", '":::" is not an IPv6 address: it has an empty group.'],
    [":1::", '":1::" is not an IPv6 address: it has an empty group.'],
    ["1:2:3:4:5:6:7:8:", '"1:2:3:4:5:6:7:8:" is not an IPv6 address: it has an empty group.'],
    ["12345::", '"12345::" is not an IPv6 address: it has "12345" where 1–4 hex digits belong.'],
    ["g::1", '"g::1" is not an IPv6 address: it has "g" where 1–4 hex digits belong.'],
    [
      "1:2:3:4:5:6:7:8:9",
      '"1:2:3:4:5:6:7:8:9" is not an IPv6 address: it has 9 groups of 16 bits; an address has 8.',
    ],
    [
      "1:2:3:4:5:6:7",
      '"1:2:3:4:5:6:7" is not an IPv6 address: it has 7 groups of 16 bits; an address has 8.',
    ],
    [
      "1:2:3:4:5:6:7:8::",
      '"1:2:3:4:5:6:7:8::" is not an IPv6 address: it has 8 groups of 16 bits; an address has 8, with :: standing for at least one.',
    ],
    [
      "1.2.3.4::",
      '"1.2.3.4::" is not an IPv6 address: it has "1.2.3.4" where 1–4 hex digits belong.',
    ],
    [
      "::1.2.3",
      '"::1.2.3" ends in an invalid IPv4 part. "1.2.3" is not an IPv4 address: it needs four numbers joined by dots.',
    ],
    [
      "fe80::1%eth0",
      '"fe80::1%eth0" has a zone id (the part after %), which only means something on one machine; leave it out.',
    ],
    ["1".repeat(101), `"${"1".repeat(40)}…" is too long to be an IP address.`],
  ])("refuses %j", (input, message) =>
    expect(parseIpAddress(input)).toEqual({ ok: false, message }),
  );
});

describe("formatIpAddress (RFC 5952)", () => {
  it.each([
    ["2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["1:0:0:1:0:0:0:1", "1:0:0:1::1"],
    ["1:0:0:1:0:0:1:1", "1::1:0:0:1:1"],
    ["1:0:1:1:1:1:1:1", "1:0:1:1:1:1:1:1"],
    ["0:0:0:0:0:0:0:0", "::"],
    ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
    ["::10.0.0.1", "::a00:1"],
    ["0.0.0.0", "0.0.0.0"],
  ])("%s → %s", (input, output) => {
    const parsed = parseIpAddress(input);
    expect(parsed.ok && formatIpAddress(parsed.value)).toBe(output);
  });

  // The WHATWG URL parser serialises IPv6 hosts the RFC 5952 way: an independent oracle.
  it("matches the URL parser's canonical IPv6 text and reads it back", () => {
    const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), (groups) => {
        const value = groups.reduce((sum, part) => (sum << 16n) | BigInt(part), 0n);
        const text = formatIpv6(value);
        expect(`[${text}]`).toBe(
          new URL(`http://[${groups.map((g) => g.toString(16)).join(":")}]/`).hostname,
        );
        expect(parseIpv6(text)).toEqual({ ok: true, value });
      }),
      { numRuns: 500 },
    );
  });
});

describe("normaliseIp", () => {
  it.each([
    ["10.0.0.1", "10.0.0.1"],
    ["  10.0.0.1\n", "10.0.0.1"],
    ["::ffff:10.0.0.1", "10.0.0.1"],
    ["::FFFF:a00:1", "10.0.0.1"],
    ["0:0:0:0:0:ffff:10.0.0.1", "10.0.0.1"],
    ["fe80::1%eth0", "fe80::1"],
    ["FE80::0001%25", "fe80::1"],
    ["2001:DB8:0:0::1", "2001:db8::1"],
    ["::1", "::1"],
    ["::10.0.0.1", "::a00:1"],
    ["", null],
    ["garbage", null],
    ["10.0.0.1:8080", null],
    ["[::1]", null],
    ["10.0.0.1/32", null],
    ["10.0.0.1%eth0", null],
    ["010.0.0.1", null],
    ["1".repeat(100_000), null],
  ])("%j → %j", (input, output) => expect(normaliseIp(input)).toBe(output));
});
