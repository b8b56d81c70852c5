"use server";

import { getDb } from "@charter/db/client";

import { getCurrentSession } from "~/server/auth/session";

import { ZLocale } from "./locales";

export type TUpdateLocaleResult = { ok: true } | { ok: false; reason: "invalid" | "signed_out" };

/**
 * Saves the signed-in user's language. A server action is a public POST endpoint, so the
 * session is re-checked here (a blocked or revoked session counts as signed out) and only the
 * caller's own account can change; the value is parsed, never trusted from the form.
 */
export async function updateLocaleAction(input: unknown): Promise<TUpdateLocaleResult> {
  const parsed = ZLocale.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };

  const subject = await getCurrentSession();
  if (!subject) return { ok: false, reason: "signed_out" };

  await getDb().user.update({
    where: { id: subject.user.id },
    data: { locale: parsed.data, version: { increment: 1 } },
  });
  return { ok: true };
}
