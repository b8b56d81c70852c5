import type { TLocale } from "~/i18n/locales";

/** A currency to start a form with when nothing better is known: the reader's country's. */
export const DEFAULT_CURRENCY: Record<TLocale, string> = { cs: "CZK", ru: "RUB", en: "EUR" };
