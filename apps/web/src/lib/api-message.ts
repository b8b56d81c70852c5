import { ERROR_WORDS, WORD_PARAMS } from "@charter/api/error-messages";

import type { TLocale } from "~/i18n/locales";
import type { TTranslate } from "~/i18n/translate";

import type { TApiMessage } from "./api-error";

type TLooseTranslate = (key: string, params: Record<string, string | number>) => string;

function isWordParam(name: string): name is keyof typeof WORD_PARAMS {
  return Object.hasOwn(WORD_PARAMS, name);
}

/** A parameter as the reader reads it: a word of ours in their language, a number as they write it. */
function paramText(
  name: string,
  value: string | number,
  translate: TLooseTranslate,
  locale: TLocale,
): string {
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  if (!isWordParam(name)) return value;
  const family = WORD_PARAMS[name];
  return Object.hasOwn(ERROR_WORDS[family], value)
    ? translate(`api.word.${family}.${value}`, {})
    : value;
}

// The API starts a field's message in lower case after its key ("currency: give the deal's
// currency"); shown alone it reads as a sentence. A name or address at the start stays as typed.
function asSentence(text: string): string {
  return /^[a-z]+[\s,]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * The API's message in the reader's language: `api.<key>` of their catalog, with each word of
 * ours translated and names as typed. English adds what the server explained in `{detail}`.
 */
export function translateApiMessage(message: TApiMessage, t: TTranslate, locale: TLocale): string {
  // Every `api.` key and word is in each catalog: they are typed against the API's catalogue.
  const translate = t as unknown as TLooseTranslate;
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [
      name,
      paramText(name, value, translate, locale),
    ]),
  );
  return asSentence(translate(`api.${message.key}`, params));
}
