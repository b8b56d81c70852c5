import {
  ipInAnyRange,
  normaliseIp,
  parseTrustedProxies as parseProxyRanges,
  type IpRange,
} from "@charter/core/validation";

/** What the web server knows about where a request came from. */
export type TClientAddress = {
  /** The TCP peer (the socket's remote address); null when the server cannot tell. */
  peerAddress: string | null;
  /** The raw `X-Forwarded-For` header, if any. */
  forwardedFor: string | null;
};

export type TTrustedProxies = readonly IpRange[];

/**
 * Parses `TRUSTED_PROXIES`: comma-separated addresses, CIDRs or ranges. An entry that is
 * none of them is refused loudly: a typo here would silently trust or distrust a proxy.
 */
export function parseTrustedProxies(value: string | undefined): TTrustedProxies {
  const parsed = parseProxyRanges(value);
  if (!parsed.ok) throw new Error(`TRUSTED_PROXIES: ${parsed.message}`);
  return parsed.value;
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
  if (!ipInAnyRange(peer, proxies)) return peer;
  const hops = (address.forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normaliseIp(hops[index] ?? "");
    if (!hop) return null;
    client = hop;
    if (!ipInAnyRange(hop, proxies)) return hop;
  }
  return client;
}
