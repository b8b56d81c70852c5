"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";

import { createFormatters, type TFormatters } from "./format";
import type { TLocale } from "./locales";
import type { TMessages } from "./messages";
import { createTranslator, type TTranslate } from "./translate";

type TI18nContext = { locale: TLocale; t: TTranslate; format: TFormatters };

const I18nContext = createContext<TI18nContext | null>(null);

type TI18nProviderProps = {
  locale: TLocale;
  /** Only the current language's catalog is sent to the browser. */
  messages: TMessages;
  children: ReactNode;
};

export function I18nProvider({ locale, messages, children }: TI18nProviderProps) {
  const value = useMemo(
    () => ({ locale, t: createTranslator(messages, locale), format: createFormatters(locale) }),
    [locale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): TI18nContext {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT and useLocale need an I18nProvider above them.");
  return context;
}

export function useT(): TTranslate {
  return useI18n().t;
}

export function useLocale(): TLocale {
  return useI18n().locale;
}

export function useFormatters(): TFormatters {
  return useI18n().format;
}
