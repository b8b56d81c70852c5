"use client";

import { useMemo } from "react";

import {
  CURRENCIES,
  formatDate,
  formatDateTime,
  type TAmount,
  type TCurrency,
} from "~/i18n/format";
import { useFormatters, useLocale, useT } from "~/i18n/i18n-provider";
import type { TLocale } from "~/i18n/locales";
import type { TParamMessageKey } from "~/i18n/translate";

import { REPORT_TIME_ZONE } from "./report-params";

type TPluralKeys = Record<"one" | "few" | "many" | "other", TCountKey>;
type TCountKey = TParamMessageKey &
  (
    | "reports.count.deals.one"
    | "reports.count.deals.few"
    | "reports.count.deals.many"
    | "reports.count.deals.other"
    | "reports.count.activities.one"
    | "reports.count.activities.few"
    | "reports.count.activities.many"
    | "reports.count.activities.other"
  );

const DEALS: TPluralKeys = {
  one: "reports.count.deals.one",
  few: "reports.count.deals.few",
  many: "reports.count.deals.many",
  other: "reports.count.deals.other",
};

const ACTIVITIES: TPluralKeys = {
  one: "reports.count.activities.one",
  few: "reports.count.activities.few",
  many: "reports.count.activities.many",
  other: "reports.count.activities.other",
};

const pluralRules = new Map<TLocale, Intl.PluralRules>();

// The catalogs have no plural syntax; each counted word has a message per plural category
// (English uses two of the four, Russian and Czech all of them).
function pluralCategory(locale: TLocale, count: number): keyof TPluralKeys {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count);
  return category === "one" || category === "few" || category === "many" ? category : "other";
}

function isCurrency(code: string): code is TCurrency {
  return (CURRENCIES as readonly string[]).includes(code);
}

/** A sum as the API sends it (a decimal string) or a number drawn on an axis. */
export type TDecimal = string | number;

// Intl formats a decimal string exactly; the type only names the literal forms it accepts.
const asAmount = (value: TDecimal) => value as TAmount;

export type TReportFormat = ReturnType<typeof useReportFormat>;

/** Counts with their word, money in any currency the API returns, months and shares. */
export function useReportFormat() {
  const t = useT();
  const locale = useLocale();
  const format = useFormatters();
  return useMemo(() => {
    const number = (value: TAmount) => format.number(value);
    return {
      number,
      compactNumber: (value: number) => format.compactNumber(value),
      deals: (count: number) => t(DEALS[pluralCategory(locale, count)], { count: number(count) }),
      activities: (count: number) =>
        t(ACTIVITIES[pluralCategory(locale, count)], { count: number(count) }),
      /** A currency the formatters do not know is still written, code last. */
      money: (amount: TDecimal, currency: string) =>
        isCurrency(currency)
          ? format.money(asAmount(amount), currency)
          : `${number(asAmount(amount))} ${currency}`,
      compactMoney: (amount: TDecimal, currency: string) =>
        isCurrency(currency)
          ? format.compactMoney(asAmount(amount), currency)
          : `${format.compactNumber(asAmount(amount))} ${currency}`,
      percent: (share: number | null) =>
        share === null ? t("common.none") : format.percent(share),
      month: (isoMonth: string, style?: "short" | "long") => format.month(isoMonth, style),
      // Days as the reports count them, in the reports' zone, on the server and in the browser.
      date: (value: Date) => formatDate(value, locale, { timeZone: REPORT_TIME_ZONE }),
      dateTime: (value: Date) => formatDateTime(value, locale, { timeZone: REPORT_TIME_ZONE }),
      calendarDate: (isoDate: string) => format.calendarDate(isoDate),
    };
  }, [t, locale, format]);
}
