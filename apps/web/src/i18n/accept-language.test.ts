import { describe, expect, it } from "vitest";

import { pickLocaleFromAcceptLanguage } from "./accept-language";

describe("pickLocaleFromAcceptLanguage", () => {
  it.each([
    ["cs-CZ,cs;q=0.9,en;q=0.8", "cs"],
    ["ru-RU,ru;q=0.9", "ru"],
    ["ru-UA", "ru"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,cs;q=0.5,ru;q=0.4", "cs"],
    ["en;q=0.2,ru;q=0.8", "ru"],
    ["cs, ru", "cs"],
    ["cs;q=0,ru;q=0.1", "ru"],
    ["CS-cz", "cs"],
    ["de-DE,fr", "en"],
    ["*", "en"],
    ["", "en"],
    [null, "en"],
    ["cs;q=abc,ru", "ru"],
  ])("turns %j into %j", (header, expected) => {
    expect(pickLocaleFromAcceptLanguage(header)).toBe(expected);
  });
});
