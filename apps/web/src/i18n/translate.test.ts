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

  it("writes numbers as the reader's language does", () => {
    const total = { shown: 50, total: 12500 };
    expect(createTranslator(CATALOGS.en, "en")("common.shownOfTotal", total)).toBe(
      "Showing 50 of 12,500",
    );
    // Czech and Russian group thousands with a no-break space.
    expect(createTranslator(CATALOGS.cs, "cs")("common.shownOfTotal", total)).toBe(
      "Zobrazeno 50 z 12\u00a0500",
    );
    expect(createTranslator(CATALOGS.ru, "ru")("common.shownOfTotal", total)).toBe(
      "Показано 50 из 12\u00a0500",
    );
    expect(createTranslator(CATALOGS.cs, "cs")("deals.products.percent", { value: 12.5 })).toBe(
      "12,5 %",
    );
  });

  it("leaves text values as they are", () => {
    expect(createTranslator(CATALOGS.cs, "cs")("home.welcome", { name: "1234" })).toBe(
      "Vítejte, 1234",
    );
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
