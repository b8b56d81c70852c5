import { describe, expect, it } from "vitest";

import { parseTrustedProxies } from "./trusted-proxies";

describe("parseTrustedProxies", () => {
  it.each([
    [undefined, []],
    ["", []],
    [" , ,", []],
    ["10.0.0.1", [{ from: "10.0.0.1", to: "10.0.0.1", cidr: null, family: 4 }]],
    [
      "10.0.0.1, 10.1.0.0/16,,::1 ,::ffff:172.16.0.1",
      [
        { from: "10.0.0.1", to: "10.0.0.1", cidr: null, family: 4 },
        { from: "10.1.0.0", to: "10.1.255.255", cidr: "10.1.0.0/16", family: 4 },
        { from: "::1", to: "::1", cidr: null, family: 6 },
        { from: "172.16.0.1", to: "172.16.0.1", cidr: null, family: 4 },
      ],
    ],
    [
      "fd00::/8",
      [
        {
          from: "fd00::",
          to: "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
          cidr: "fd00::/8",
          family: 6,
        },
      ],
    ],
  ])("%j", (env, value) => expect(parseTrustedProxies(env)).toEqual({ ok: true, value }));

  it.each([
    [
      "10.0.0.1,10.1.0.5/16",
      'TRUSTED_PROXIES entry 2: "10.1.0.5/16" has host bits set after /16; did you mean 10.1.0.0/16? (For one address, write 10.1.0.5 alone.)',
    ],
    [
      "10.0.0.1;10.0.0.2",
      'TRUSTED_PROXIES entry 1: "10.0.0.1;10.0.0.2" is not an IP address; write it as e.g. 192.0.2.10 or 2001:db8::10.',
    ],
    [
      "localhost",
      'TRUSTED_PROXIES entry 1: "localhost" is not an IP address; write it as e.g. 192.0.2.10 or 2001:db8::10.',
    ],
  ])("refuses %j", (env, message) =>
    expect(parseTrustedProxies(env)).toEqual({ ok: false, message }),
  );
});
