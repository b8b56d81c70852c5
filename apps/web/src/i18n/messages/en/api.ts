import { ERROR_MESSAGES, ERROR_WORDS } from "@charter/api/error-messages";

type TErrorMessages = typeof ERROR_MESSAGES;
type TErrorWords = typeof ERROR_WORDS;

type TWordKey = {
  [F in keyof TErrorWords]: `api.word.${F}.${keyof TErrorWords[F] & string}`;
}[keyof TErrorWords];

/**
 * The API's error messages (packages/api src/error-messages) under `api.<key>`, and its words
 * under `api.word.<family>.<code>`. English is the API's own text, taken from its catalogue so
 * the two never drift; `{detail}` is English text the server adds (the engine's explanation),
 * which only English shows.
 */
export type TApiMessages = {
  readonly [K in keyof TErrorMessages as `api.${K & string}`]: TErrorMessages[K];
} & { readonly [K in TWordKey]: string };

function buildApiMessages(): TApiMessages {
  const messages = Object.entries(ERROR_MESSAGES).map(([key, text]) => [`api.${key}`, text]);
  const words = Object.entries(ERROR_WORDS).flatMap(([family, codes]) =>
    Object.entries(codes).map(([code, word]) => [`api.word.${family}.${code}`, word]),
  );
  // The entries are exactly the keys the type names, built from the same two objects.
  return Object.fromEntries([...messages, ...words]) as TApiMessages;
}

export const api = buildApiMessages();
