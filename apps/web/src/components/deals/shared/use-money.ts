"use client";

import { useCallback } from "react";

import { CURRENCIES, type TAmount, type TCurrency } from "~/i18n/format";
import { useFormatters } from "~/i18n/i18n-provider";

function isKnownCurrency(code: string): code is TCurrency {
  return (CURRENCIES as readonly string[]).includes(code);
}

/**
 * An amount in its currency, in the reader's language ("125 000,50 Kč"). The API sends
 * decimal strings, formatted as they are, never through a float. A currency the formatters
 * do not list yet is written after the number.
 */
export function useMoney(): (amount: string, currency: string) => string {
  const format = useFormatters();
  return useCallback(
    (amount, currency) => {
      const value = amount as TAmount;
      return isKnownCurrency(currency)
        ? format.money(value, currency)
        : `${format.number(value)} ${currency}`;
    },
    [format],
  );
}
