import { describe, expect, it } from "vitest";

import { parseTrustedProxies, resolveClientIp } from "./client-ip";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.5, 172.16.0.0/12, fd00::/8");

describe("resolveClientIp", () => {
  it.each([
    [
      "the socket's peer without trusted proxies",
      { peerAddress: "203.0.113.9", forwardedFor: null },
      none,
      "203.0.113.9",
    ],
    [
      "[E1] a forged X-Forwarded-For from an untrusted peer is ignored",
      { peerAddress: "192.0.2.7", forwardedFor: "127.0.0.1" },
      none,
      "192.0.2.7",
    ],
    [
      "[E1] X-Forwarded-For from a peer that is not in TRUSTED_PROXIES is ignored",
      { peerAddress: "192.0.2.7", forwardedFor: "10.20.1.1" },
      proxies,
      "192.0.2.7",
    ],
    [
      "the client behind one trusted proxy",
      { peerAddress: "10.0.0.5", forwardedFor: "198.51.100.4" },
      proxies,
      "198.51.100.4",
    ],
    [
      "[E1] hops left of the first untrusted one are the client's own words",
      { peerAddress: "10.0.0.5", forwardedFor: "127.0.0.1, 198.51.100.4, 172.16.3.3" },
      proxies,
      "198.51.100.4",
    ],
    [
      "an IPv4-mapped IPv6 peer is its IPv4 address",
      { peerAddress: "::ffff:192.0.2.8", forwardedFor: null },
      none,
      "192.0.2.8",
    ],
    [
      "IPv6 proxies by CIDR",
      { peerAddress: "fd00::1", forwardedFor: "2001:db8::7" },
      proxies,
      "2001:db8::7",
    ],
    [
      "an unknown peer is an unknown client",
      { peerAddress: null, forwardedFor: "127.0.0.1" },
      proxies,
      null,
    ],
    [
      "a malformed hop behind a trusted proxy makes the client unknown",
      { peerAddress: "10.0.0.5", forwardedFor: "127.0.0.1, not-an-ip" },
      proxies,
      null,
    ],
    [
      "only trusted hops: the farthest one",
      { peerAddress: "10.0.0.5", forwardedFor: "172.16.0.9" },
      proxies,
      "172.16.0.9",
    ],
  ])("%s", (_name, address, trusted, expected) => {
    expect(resolveClientIp(address, trusted)).toBe(expected);
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or CIDR", () => {
    expect(() => parseTrustedProxies("10.0.0.1,proxy.local")).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
  });
});
