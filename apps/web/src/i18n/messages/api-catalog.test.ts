import {
  DETAIL_PARAM,
  ERROR_MESSAGES,
  ERROR_WORDS,
  errorMessageParams,
  type TErrorMessageKey,
} from "@charter/api/error-messages";
import { describe, expect, it } from "vitest";

import { LOCALES } from "../locales";
import { CATALOGS } from "./index";

const apiKeys = Object.keys(ERROR_MESSAGES) as TErrorMessageKey[];

function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""))].sort();
}

describe.each(LOCALES)("the %s catalog of API messages", (locale) => {
  const catalog: Record<string, string | undefined> = CATALOGS[locale];

  it("has an entry for every message the API defines", () => {
    expect(apiKeys.filter((key) => catalog[`api.${key}`] === undefined)).toEqual([]);
  });

  it("uses exactly the parameters the API declares (the detail in English only)", () => {
    for (const key of apiKeys) {
      const declared = errorMessageParams(key)
        .filter((name) => locale === "en" || name !== DETAIL_PARAM)
        .sort();
      expect({ key, params: listPlaceholders(catalog[`api.${key}`] ?? "") }).toEqual({
        key,
        params: declared,
      });
    }
  });

  it("has a word for every code of every family", () => {
    const missing = Object.entries(ERROR_WORDS).flatMap(([family, codes]) =>
      Object.keys(codes)
        .map((code) => `api.word.${family}.${code}`)
        .filter((key) => !catalog[key]?.trim()),
    );
    expect(missing).toEqual([]);
  });
});

describe("the API messages in Russian and Czech", () => {
  it("are translated, not English pasted in", () => {
    const cyrillic = /[\u0400-\u04FF]/;
    const untranslated = apiKeys.filter(
      (key) =>
        !cyrillic.test(CATALOGS.ru[`api.${key}`]) ||
        CATALOGS.cs[`api.${key}`] === CATALOGS.en[`api.${key}`],
    );
    expect(untranslated).toEqual([]);
  });
});
