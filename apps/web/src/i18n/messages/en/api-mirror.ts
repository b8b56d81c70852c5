import type { TErrorMessageKey, TWord, TWordFamily } from "@charter/api/error-messages";

/**
 * What another language's file of API messages must provide: every message whose key starts
 * with one of `Areas` (`"deals" | "interests"`), under `api.`.
 */
export type TApiMirror<Areas extends string> = {
  readonly [K in TErrorMessageKey as K extends `${Areas}.${string}` ? `api.${K}` : never]: string;
};

/** What another language's words must provide: every code of every family. */
export type TApiWordsMirror = {
  readonly [
    K in {
      [F in TWordFamily]: `api.word.${F}.${TWord<F> & string}`;
    }[TWordFamily]
  ]: string;
};
