import { formatNumber } from "./format";
import type { TLocale } from "./locales";
import type { en } from "./messages/en";
import type { TMessageKey, TMessages } from "./messages";

type TPlaceholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | TPlaceholders<Rest>
  : never;

/** Keys whose message takes no values, e.g. `"nav.deals"`. */
export type TPlainMessageKey = {
  [K in TMessageKey]: [TPlaceholders<(typeof en)[K]>] extends [never] ? K : never;
}[TMessageKey];

/** Keys whose message takes values, e.g. `"home.welcome"` (`"Welcome, {name}"`). */
export type TParamMessageKey = Exclude<TMessageKey, TPlainMessageKey>;

/** The values a message needs, read from the English text: `"Welcome, {name}"` needs `name`. */
export type TMessageParams<K extends TParamMessageKey> = Record<
  TPlaceholders<(typeof en)[K]>,
  string | number
>;

export type TTranslate = {
  (key: TPlainMessageKey): string;
  <K extends TParamMessageKey>(key: K, params: TMessageParams<K>): string;
};

const PLACEHOLDER = /\{(\w+)\}/g;

export function fillPlaceholders(
  text: string,
  params: Record<string, string | number> | undefined,
  writeNumber: (value: number) => string = String,
): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (match, name: string) => {
    if (!(name in params)) return match;
    const value = params[name];
    return typeof value === "number" ? writeNumber(value) : String(value);
  });
}

/**
 * With its `locale`, the translator writes number values as that language does ("1 250" in
 * Czech, "1,250" in English), so a count passed straight in reads right.
 */
export function createTranslator(messages: TMessages, locale?: TLocale): TTranslate {
  const writeNumber = locale ? (value: number) => formatNumber(value, locale) : String;
  // One body serves both overloads; they only narrow what callers may pass.
  return (key: TMessageKey, params?: Record<string, string | number>) =>
    fillPlaceholders(messages[key], params, writeNumber);
}
