import { describe, expect, it } from "vitest";

import { ipFamily, ipRangeKind, ipRangeText } from "./ip-range-kind";

describe("stored IP ranges", () => {
  it.each([
    [
      { fromIp: "10.0.0.1", toIp: "10.0.0.1", cidr: null },
      "settings.security.kind.single",
      "10.0.0.1",
      "IPv4",
    ],
    [
      { fromIp: "10.0.0.1", toIp: "10.0.0.99", cidr: null },
      "settings.security.kind.range",
      "10.0.0.1 – 10.0.0.99",
      "IPv4",
    ],
    [
      { fromIp: "2001:db8::", toIp: "2001:db8::ffff", cidr: "2001:db8::/112" },
      "settings.security.kind.cidr",
      "2001:db8::/112",
      "IPv6",
    ],
  ] as const)("reads %j", (range, kind, text, family) => {
    expect(ipRangeKind(range)).toBe(kind);
    expect(ipRangeText(range)).toBe(text);
    expect(ipFamily(range)).toBe(family);
  });
});
