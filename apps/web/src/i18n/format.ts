import type { TLocale } from "./locales";

export const CURRENCIES = ["CZK", "EUR", "RUB"] as const;

export type TCurrency = (typeof CURRENCIES)[number];

/** Decimal amounts (Prisma Decimal's `toString()`) format exactly, without a float on the way. */
export type TAmount = number | bigint | Intl.StringNumericLiteral;

// European day-month order for English too: the guides' users work in Czechia and Russia.
const INTL_LOCALES: Record<TLocale, string> = { en: "en-GB", ru: "ru-RU", cs: "cs-CZ" };

export type TFormatOptions = {
  /** IANA zone, e.g. "Europe/Prague"; the runtime's zone when absent. */
  timeZone?: string;
};

export function formatDate(value: Date, locale: TLocale, options: TFormatOptions = {}): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: "medium",
    timeZone: options.timeZone,
  }).format(value);
}

export function formatDateTime(value: Date, locale: TLocale, options: TFormatOptions = {}): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: options.timeZone,
  }).format(value);
}

/**
 * A calendar date without a time ("2026-03-05", as custom date fields hold it): read and
 * written in UTC, so it is the same day for every reader, on the server and in the browser.
 */
export function formatCalendarDate(isoDate: string, locale: TLocale): string {
  const value = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return isoDate;
  return formatDate(value, locale, { timeZone: "UTC" });
}

export function formatNumber(
  value: TAmount,
  locale: TLocale,
  options: { maximumFractionDigits?: number } = {},
): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
  }).format(value);
}

export function formatMoney(amount: TAmount, currency: TCurrency, locale: TLocale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: "currency", currency }).format(
    amount,
  );
}

export type TFormatters = {
  date: (value: Date) => string;
  dateTime: (value: Date) => string;
  calendarDate: (isoDate: string) => string;
  number: (value: TAmount) => string;
  money: (amount: TAmount, currency: TCurrency) => string;
};

export function createFormatters(locale: TLocale, options: TFormatOptions = {}): TFormatters {
  return {
    date: (value) => formatDate(value, locale, options),
    dateTime: (value) => formatDateTime(value, locale, options),
    calendarDate: (isoDate) => formatCalendarDate(isoDate, locale),
    number: (value) => formatNumber(value, locale),
    money: (amount, currency) => formatMoney(amount, currency, locale),
  };
}
