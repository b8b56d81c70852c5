import type { Prisma } from "@charter/db/client";

/**
 * An Employee may act only while not blocked and before its access expiry (SPEC E2). Sign-in
 * and every later request use this same filter, so a block or an expiry takes effect at the
 * next request without any session bookkeeping.
 */
export function buildUsableEmployeeWhere(now: Date): Prisma.EmployeeWhereInput {
  return {
    status: { not: "blocked" },
    OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: now } }],
  };
}
