import { BlockList, isIP } from "node:net";

/** What the web server knows about where a request came from. */
export type TClientAddress = {
  /** The TCP peer (the socket's remote address); null when the server cannot tell. */
  peerAddress: string | null;
  /** The raw `X-Forwarded-For` header, if any. */
  forwardedFor: string | null;
};

export type TTrustedProxies = { list: BlockList; isEmpty: boolean };

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is the IPv4 address it carries. */
export function normaliseIp(value: string): string | null {
  const trimmed = value.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const candidate = mapped?.[1] ?? trimmed;
  return isIP(candidate) === 0 ? null : candidate;
}

/**
 * Parses `TRUSTED_PROXIES`: comma-separated addresses or CIDRs. An entry that is neither is
 * refused loudly: a typo here would silently trust or distrust a proxy.
 */
export function parseTrustedProxies(value: string | undefined): TTrustedProxies {
  const list = new BlockList();
  let count = 0;
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, prefix, extra] = entry.split("/");
    const ip = address ? normaliseIp(address) : null;
    const family = ip ? (isIP(ip) === 6 ? "ipv6" : "ipv4") : null;
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === "ipv6" ? 128 : 32;
    if (!ip || !family || extra !== undefined || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR; use e.g. 10.0.0.1,10.1.0.0/16.`);
    }
    if (bits === null) list.addAddress(ip, family);
    else list.addSubnet(ip, bits, family);
    count += 1;
  }
  return { list, isEmpty: count === 0 };
}

function isTrusted(ip: string, proxies: TTrustedProxies): boolean {
  return !proxies.isEmpty && proxies.list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's IP. The socket's peer is the client unless it is a trusted proxy; then the
 * `X-Forwarded-For` hops are read from the right (the nearest proxy's entry) past every
 * trusted proxy, and the first untrusted hop is the client. Anything a client could have
 * written itself (entries left of an untrusted hop) is never read. Null means unknown, which
 * the IP check treats as outside every allowed range.
 */
export function resolveClientIp(address: TClientAddress, proxies: TTrustedProxies): string | null {
  const peer = address.peerAddress ? normaliseIp(address.peerAddress) : null;
  if (!peer) return null;
  if (!isTrusted(peer, proxies)) return peer;
  const hops = (address.forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normaliseIp(hops[index] ?? "");
    if (!hop) return null;
    client = hop;
    if (!isTrusted(hop, proxies)) return hop;
  }
  return client;
}
