import type { PrismaClient } from "@charter/db/client";

// Failed sign-ins counted over a sliding window, from the audit log itself: every web
// server sees the same counts, and nothing new has to be kept.
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 30;

export type TThrottle = { throttled: false } | { throttled: true; retryAfterSeconds: number };

/**
 * Whether this e-mail or this address has failed too often lately. Unknown and known
 * e-mails are counted alike, so the answer says nothing about which accounts exist.
 */
export async function checkSignInThrottle(
  db: PrismaClient,
  { email, ip, now }: { email: string; ip: string | null; now: Date },
): Promise<TThrottle> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const failures = (where: { actorEmail: string } | { ip: string }) =>
    db.auditEntry.findMany({
      where: { ...where, action: "sign_in_failed", createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
  const [byAccount, byAddress] = await Promise.all([
    failures({ actorEmail: email }),
    ip ? failures({ ip }) : Promise.resolve([]),
  ]);
  const over = [
    byAccount.length >= FAILURES_PER_ACCOUNT
      ? byAccount[byAccount.length - FAILURES_PER_ACCOUNT]
      : undefined,
    byAddress.length >= FAILURES_PER_ADDRESS
      ? byAddress[byAddress.length - FAILURES_PER_ADDRESS]
      : undefined,
  ].filter((row): row is { createdAt: Date } => row !== undefined);
  if (over.length === 0) return { throttled: false };
  // Free again once the oldest failure that still counts leaves the window.
  const freeAt = Math.max(...over.map((row) => row.createdAt.getTime() + SIGN_IN_WINDOW_MS));
  return {
    throttled: true,
    retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)),
  };
}
