import { DETAIL_PARAM } from "@charter/api/error-messages";
import { describe, expect, it } from "vitest";

import { LOCALES } from "../locales";
import { EN_AREAS } from "./en";
import { CATALOGS, type TMessages } from "./index";

const englishKeys = Object.keys(CATALOGS.en).sort();

function listPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe.each(LOCALES)("the %s catalog", (locale) => {
  const catalog: Record<string, string> = CATALOGS[locale];

  it("has exactly the English keys", () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it("has no empty or blank message", () => {
    const blank = Object.entries(catalog).filter(([, text]) => text.trim() === "");
    expect(blank).toEqual([]);
  });

  it("uses the same placeholders as English in every message", () => {
    // `{detail}` is English the server adds to its own message: only English shows it.
    const expected = (key: string) =>
      listPlaceholders((CATALOGS.en as Record<string, string>)[key] ?? "").filter(
        (name) => locale === "en" || name !== DETAIL_PARAM,
      );
    for (const key of englishKeys) {
      expect({ key, placeholders: listPlaceholders(catalog[key] ?? "") }).toEqual({
        key,
        placeholders: expected(key),
      });
    }
  });

  it("has no stray braces a placeholder could hide in", () => {
    for (const [key, text] of Object.entries(catalog)) {
      const unmatched = text.replace(/\{\w+\}/g, "");
      expect({ key, braces: /[{}]/.test(unmatched) }).toEqual({ key, braces: false });
    }
  });
});

describe("translations", () => {
  it("are actually translated where the words differ", () => {
    // Catching a catalog pasted from English: navigation is never the same word in all three.
    expect(new Set(LOCALES.map((locale) => CATALOGS[locale]["nav.deals"])).size).toBe(3);
    expect(new Set(LOCALES.map((locale) => CATALOGS[locale]["notFound.title"])).size).toBe(3);
  });
});

describe("the English area files", () => {
  it("never define the same key twice, which the merge would hide", () => {
    const keys = Object.values(EN_AREAS).flatMap((area) => Object.keys(area));
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });

  it("keep each area's keys under its own prefixes", () => {
    const prefixes: Record<keyof typeof EN_AREAS, readonly string[]> = {
      common: ["app", "common", "errors", "notFound"],
      shell: ["shell", "nav", "home", "comingSoon"],
      signIn: ["signIn"],
      clients: ["clients"],
      deals: ["deals"],
      reports: ["reports"],
      search: ["search"],
      settings: ["settings"],
      tasks: ["tasks"],
      api: ["api"],
    };
    for (const [area, messages] of Object.entries(EN_AREAS)) {
      const allowed = prefixes[area as keyof typeof EN_AREAS];
      const strays = Object.keys(messages).filter(
        (key) => !allowed.includes(key.split(".")[0] ?? ""),
      );
      expect({ area, strays }).toEqual({ area, strays: [] });
    }
  });
});

describe("the catalog type", () => {
  it("refuses a catalog that misses a key or adds one", () => {
    // @ts-expect-error every English key is required
    const missing: TMessages = { "app.name": "Charter" };
    const extra: TMessages = {
      ...CATALOGS.en,
      // @ts-expect-error a key English does not have is refused
      "nav.unknown": "?",
    };
    expect(Object.keys(missing)).toHaveLength(1);
    expect(extra["app.name"]).toBe("Charter");
  });
});
