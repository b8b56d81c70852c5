import type { en } from "./messages/en";
import type { TMessageKey, TMessages } from "./messages";

type TPlaceholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | TPlaceholders<Rest>
  : never;

/** The values a message needs, read from the English text: `"Welcome, {name}"` needs `name`. */
export type TMessageParams<K extends TMessageKey> = Record<
  TPlaceholders<(typeof en)[K]>,
  string | number
>;

export type TTranslate = <K extends TMessageKey>(
  key: K,
  ...params: TPlaceholders<(typeof en)[K]> extends never ? [] : [TMessageParams<K>]
) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

export function fillPlaceholders(
  text: string,
  params: Record<string, string | number> | undefined,
): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function createTranslator(messages: TMessages): TTranslate {
  return (key, ...params) => fillPlaceholders(messages[key], params[0]);
}
