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
  number: (value: TAmount) => string;
  money: (amount: TAmount, currency: TCurrency) => string;
};

export function createFormatters(locale: TLocale, options: TFormatOptions = {}): TFormatters {
  return {
    date: (value) => formatDate(value, locale, options),
    dateTime: (value) => formatDateTime(value, locale, options),
    number: (value) => formatNumber(value, locale),
    money: (amount, currency) => formatMoney(amount, currency, locale),
  };
}
