import type { PrismaClient } from "@charter/db/client";

import { parseTrustedProxies } from "../domain/request/client-ip";
import { resolveSessionSubject } from "../domain/session/resolve-session-subject";
import { createTRPCContext, type TContext } from "../trpc";

export type TTestRequest = {
  /** The socket's peer; a request from this machine unless told otherwise. */
  peerAddress?: string | null;
  forwardedFor?: string | null;
  /** TRUSTED_PROXIES as the environment would spell it; none by default. */
  trustedProxies?: string;
  now?: Date;
};

/**
 * The context a request of this user would get, built by the same session check the web app
 * runs; `user: null` gives a signed-out caller.
 */
export async function createTestContext(
  db: PrismaClient,
  user: { id: string; sessionVersion: number } | null,
  request: TTestRequest = {},
): Promise<TContext> {
  const session = user
    ? await resolveSessionSubject(
        db,
        { userId: user.id, sessionVersion: user.sessionVersion },
        request.now,
      )
    : null;
  return createTRPCContext({
    db,
    session,
    client: {
      peerAddress: request.peerAddress === undefined ? "127.0.0.1" : request.peerAddress,
      forwardedFor: request.forwardedFor ?? null,
    },
    trustedProxies: parseTrustedProxies(request.trustedProxies),
    ...(request.now ? { now: request.now } : {}),
  });
}
