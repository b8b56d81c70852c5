import { describe, expect, it } from "vitest";

import { CATALOGS } from "./messages";
import { createTranslator, fillPlaceholders } from "./translate";

describe("createTranslator", () => {
  it("fills placeholders in each language", () => {
    expect(createTranslator(CATALOGS.en)("home.welcome", { name: "Alena" })).toBe("Welcome, Alena");
    expect(createTranslator(CATALOGS.ru)("home.welcome", { name: "Иван" })).toBe(
      "Добро пожаловать, Иван",
    );
    expect(createTranslator(CATALOGS.cs)("nav.deals")).toBe("Obchody");
  });
});

describe("fillPlaceholders", () => {
  it("replaces every occurrence and leaves unknown names visible", () => {
    expect(fillPlaceholders("{a} and {a}, {b}", { a: 1 })).toBe("1 and 1, {b}");
  });

  it("inserts values literally, not as replacement patterns", () => {
    expect(fillPlaceholders("Hi {name}", { name: "$& $1" })).toBe("Hi $& $1");
  });
});
