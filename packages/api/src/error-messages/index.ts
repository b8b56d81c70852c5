import { ERROR_MESSAGES } from "./catalogue";
import { ERROR_WORDS, WORD_PARAMS, type TWord, type TWordParam } from "./words";

export { ERROR_MESSAGES } from "./catalogue";
export { ERROR_WORDS, WORD_PARAMS } from "./words";
export type { TWord, TWordFamily, TWordParam } from "./words";

/** A kind of thing a message names: `"deal"`, `"department"`, `"taskChain"`… */
export type TErrorNoun = TWord<"thing">;

/** Every message the API raises on purpose, e.g. `"audit.periodOrder"`. */
export type TErrorMessageKey = keyof typeof ERROR_MESSAGES;

type TPlaceholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | TPlaceholders<Rest>
  : never;

/** The parameter names a message declares: the `{placeholders}` of its English text. */
export type TErrorParamName<K extends TErrorMessageKey> = TPlaceholders<(typeof ERROR_MESSAGES)[K]>;

/** A word parameter takes one of its family's codes; anything else is data shown as given. */
type TParamValue<P extends string> = P extends TWordParam
  ? TWord<(typeof WORD_PARAMS)[P]>
  : string | number;

export type TErrorParams<K extends TErrorMessageKey> = {
  [P in TErrorParamName<K>]: TParamValue<P>;
};

/** A message as code raises it: its key, and its parameters when its text has any. */
export type TErrorMessage = {
  [K in TErrorMessageKey]: [TErrorParamName<K>] extends [never]
    ? { key: K; params?: undefined }
    : { key: K; params: TErrorParams<K> };
}[TErrorMessageKey];

/** What travels to the client: strings and numbers only. */
export type TErrorParamValues = Record<string, string | number>;

/**
 * English text from another module (the engine's explanation of a refusal, a database rule,
 * a template check) that ends a message. It is English only: other languages leave it out.
 */
export const DETAIL_PARAM = "detail";

const PLACEHOLDER = /\{(\w+)\}/g;

/** The parameter names of a message, in the order its English text uses them. */
export function errorMessageParams(key: TErrorMessageKey): string[] {
  return [
    ...new Set([...ERROR_MESSAGES[key].matchAll(PLACEHOLDER)].map((match) => match[1] ?? "")),
  ];
}

export function isErrorMessageKey(value: unknown): value is TErrorMessageKey {
  return typeof value === "string" && Object.hasOwn(ERROR_MESSAGES, value);
}

function englishWord(name: string, value: string | number): string {
  const family = (WORD_PARAMS as Record<string, keyof typeof ERROR_WORDS>)[name];
  const words: Record<string, string> | undefined = family ? ERROR_WORDS[family] : undefined;
  if (words && typeof value === "string" && Object.hasOwn(words, value))
    return words[value] ?? value;
  return typeof value === "number" ? value.toLocaleString("en") : value;
}

/** The English sentence of a message: its text with each parameter, words in English. */
export function renderErrorMessage(key: TErrorMessageKey, params: TErrorParamValues = {}): string {
  return ERROR_MESSAGES[key].replace(PLACEHOLDER, (match, name: string) =>
    name in params ? englishWord(name, params[name] as string | number) : match,
  );
}
