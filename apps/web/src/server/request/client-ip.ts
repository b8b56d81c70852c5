import "server-only";

import { parseTrustedProxies, resolveClientIp, type TTrustedProxies } from "@charter/api/auth";

import { readPeerAddress } from "./peer-address";

let trustedProxies: TTrustedProxies | undefined;

/** The client's address for a request, by the same rules as the API (see @charter/api). */
export function resolveRequestClientIp(headers: Headers): string | null {
  trustedProxies ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  return resolveClientIp(
    { peerAddress: readPeerAddress(headers), forwardedFor: headers.get("x-forwarded-for") },
    trustedProxies,
  );
}

/** next-auth hands `authorize` the request's headers as a plain record. */
export function headersFromRecord(record: Record<string, unknown> | undefined): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(record ?? {})) {
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}
