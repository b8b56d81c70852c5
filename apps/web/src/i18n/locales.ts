import { z } from "zod";

/** The languages of the setup guides' users; the same list as the database's `Locale` enum. */
export const LOCALES = ["en", "ru", "cs"] as const;

export type TLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: TLocale = "en";

export const ZLocale = z.enum(LOCALES);

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
export const LOCALE_NAMES: Record<TLocale, string> = {
  en: "English",
  ru: "Русский",
  cs: "Čeština",
};

export function isLocale(value: unknown): value is TLocale {
  return ZLocale.safeParse(value).success;
}
