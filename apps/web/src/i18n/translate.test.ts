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

describe("the translate type", () => {
  it("asks for exactly the values a message names", () => {
    const t = createTranslator(CATALOGS.en);
    // @ts-expect-error "home.welcome" needs { name }
    expect(t("home.welcome")).toBe("Welcome, {name}");
    // @ts-expect-error "home.signedInAs" needs project as well
    expect(t("home.signedInAs", { email: "a@b.c" })).toBe("Signed in as a@b.c · {project}");
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
