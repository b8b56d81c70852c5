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
  options: { maximumFractionDigits?: number; compact?: boolean } = {},
): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    maximumFractionDigits: options.maximumFractionDigits ?? (options.compact ? 1 : 2),
    notation: options.compact ? "compact" : "standard",
  }).format(value);
}

/**
 * `compact` shortens large sums for a chart's axis or a headline ("1,2 mil. Kč"); the exact
 * figure belongs beside it in a table.
 */
export function formatMoney(
  amount: TAmount,
  currency: TCurrency,
  locale: TLocale,
  options: { compact?: boolean } = {},
): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: "currency",
    currency,
    ...(options.compact ? { notation: "compact", maximumFractionDigits: 1 } : {}),
  }).format(amount);
}

/** A share of one, e.g. 0.625 → "63 %" in Czech. */
export function formatPercent(share: number, locale: TLocale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

/**
 * A calendar month as reports name it (`"2026-03"`): the same month for every reader, since
 * the server already placed each record in the month of its time zone.
 */
export function formatMonth(
  isoMonth: string,
  locale: TLocale,
  options: { style?: "short" | "long" } = {},
): string {
  const value = new Date(`${isoMonth}-01T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return isoMonth;
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    month: options.style === "short" ? "short" : "long",
    ...(options.style === "short" ? {} : { year: "numeric" }),
    timeZone: "UTC",
  }).format(value);
}

export type TFormatters = {
  date: (value: Date) => string;
  dateTime: (value: Date) => string;
  calendarDate: (isoDate: string) => string;
  number: (value: TAmount) => string;
  money: (amount: TAmount, currency: TCurrency) => string;
  compactMoney: (amount: TAmount, currency: TCurrency) => string;
  compactNumber: (value: TAmount) => string;
  percent: (share: number) => string;
  month: (isoMonth: string, style?: "short" | "long") => string;
};

export function createFormatters(locale: TLocale, options: TFormatOptions = {}): TFormatters {
  return {
    date: (value) => formatDate(value, locale, options),
    dateTime: (value) => formatDateTime(value, locale, options),
    calendarDate: (isoDate) => formatCalendarDate(isoDate, locale),
    number: (value) => formatNumber(value, locale),
    money: (amount, currency) => formatMoney(amount, currency, locale),
    compactMoney: (amount, currency) => formatMoney(amount, currency, locale, { compact: true }),
    compactNumber: (value) => formatNumber(value, locale, { compact: true }),
    percent: (share) => formatPercent(share, locale),
    month: (isoMonth, style) => formatMonth(isoMonth, locale, { style }),
  };
}
