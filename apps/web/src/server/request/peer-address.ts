import "server-only";

import { timingSafeEqual } from "node:crypto";

const PEER_HEADER = "x-charter-peer";

/**
 * The socket address server.mjs attached to this request, or null when the request did not
 * come through it (then IP-restricted employees are refused: unknown counts as outside).
 * The header is trusted only with the secret server.mjs made at start.
 */
export function readPeerAddress(headers: Headers): string | null {
  const token = process.env.CHARTER_PEER_TOKEN;
  const value = headers.get(PEER_HEADER);
  if (!token || !value) return null;
  const [presented, address] = value.split(" ");
  if (!presented || !address || !sameSecret(presented, token)) return null;
  return address;
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
