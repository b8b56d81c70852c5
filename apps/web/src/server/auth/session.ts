import "server-only";

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";

import { resolveSessionSubject, type TSessionSubject } from "@charter/api/auth";
import { getDb } from "@charter/db/client";

import { getAuthOptions } from "./auth-options";

/**
 * The one place a request learns who is signed in. The cookie only says who signed in, when,
 * and which project they switched to; the account, its sessionVersion and a usable Employee
 * (the chosen one, if any) are re-checked here on every request (SPEC E2, A1), so a revoked
 * or blocked session counts as signed out at once.
 * Cached per request: pages and the tRPC context share one lookup.
 */
export const getCurrentSession = cache(async (): Promise<TSessionSubject | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.userId) return null;
  return resolveSessionSubject(getDb(), {
    userId: session.userId,
    sessionVersion: session.sessionVersion,
    employeeId: session.employeeId,
  });
});

/** For pages that need a signed-in employee: anyone else is sent to the sign-in page. */
export async function requireSession(): Promise<TSessionSubject> {
  const subject = await getCurrentSession();
  if (!subject) redirect("/sign-in");
  return subject;
}
