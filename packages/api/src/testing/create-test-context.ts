import type { PrismaClient } from "@charter/db/client";

import { resolveSessionSubject } from "../domain/session/resolve-session-subject";
import { createTRPCContext, type TContext } from "../trpc";

/**
 * The context a request of this user would get, built by the same session check the web app
 * runs; `user: null` gives a signed-out caller.
 */
export async function createTestContext(
  db: PrismaClient,
  user: { id: string; sessionVersion: number } | null,
): Promise<TContext> {
  const session = user
    ? await resolveSessionSubject(db, { userId: user.id, sessionVersion: user.sessionVersion })
    : null;
  return createTRPCContext({ db, session });
}
