import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { getCurrentSession } from "~/server/auth/session";

import { pickLocaleFromAcceptLanguage } from "./accept-language";
import type { TLocale } from "./locales";
import { CATALOGS } from "./messages";
import { createTranslator, type TTranslate } from "./translate";

/**
 * The language of this request: the signed-in user's choice, else the browser's preference.
 * Headers are read before the session so a page is marked dynamic first: `next build` then
 * never prerenders one, which would need the auth secret and the database.
 */
export const getRequestLocale = cache(async (): Promise<TLocale> => {
  const requestHeaders = await headers();
  const subject = await getCurrentSession();
  if (subject) return subject.user.locale;
  return pickLocaleFromAcceptLanguage(requestHeaders.get("accept-language"));
});

export async function getTranslator(): Promise<{ locale: TLocale; t: TTranslate }> {
  const locale = await getRequestLocale();
  return { locale, t: createTranslator(CATALOGS[locale], locale) };
}
