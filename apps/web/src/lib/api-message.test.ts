import { describe, expect, it } from "vitest";

import { CATALOGS } from "../i18n/messages";
import { createTranslator } from "../i18n/translate";

import { translateApiMessage } from "./api-message";

const translators = {
  en: createTranslator(CATALOGS.en),
  ru: createTranslator(CATALOGS.ru),
  cs: createTranslator(CATALOGS.cs),
};

describe("translateApiMessage", () => {
  it("says a field's fault in each language, as a sentence", () => {
    const message = { key: "interests.giveCurrency", params: {}, field: "currency" } as const;
    expect(translateApiMessage(message, translators.en, "en")).toBe(
      "Give the deal's currency, e.g. CZK.",
    );
    expect(translateApiMessage(message, translators.ru, "ru")).toBe(
      "Укажите валюту сделки, например CZK.",
    );
    expect(translateApiMessage(message, translators.cs, "cs")).toBe(
      "Zadejte měnu obchodu, například CZK.",
    );
  });

  it("translates words of ours and keeps names as typed", () => {
    const message = {
      key: "access.pickFromList",
      params: { thing: "company" },
      field: "companyId",
    } as const;
    expect(translateApiMessage(message, translators.en, "en")).toBe(
      "No company with this id; pick one from the list.",
    );
    expect(translateApiMessage(message, translators.ru, "ru")).toBe(
      "Нет компании с таким идентификатором. Выберите значение из списка.",
    );
    const stage = { key: "deals.alreadyInStage", params: { stage: "Won" }, field: null } as const;
    expect(translateApiMessage(stage, translators.cs, "cs")).toBe("Obchod už je ve fázi „Won“.");
  });

  it("names a resource and an action as the settings do", () => {
    const message = {
      key: "session.noRight",
      params: { action: "edit", resource: "deal" },
      field: null,
    } as const;
    expect(translateApiMessage(message, translators.ru, "ru")).toBe(
      "У вас нет права «Изменение» в разделе «Сделки». Попросите администратора выдать роль с этим правом.",
    );
    expect(translateApiMessage(message, translators.cs, "cs")).toContain(
      "„Upravit“ v oblasti „Obchody“",
    );
  });

  it("writes numbers as the reader does", () => {
    const message = {
      key: "exports.tooManyRows",
      params: { max: 10000, records: "company" },
      field: null,
    } as const;
    expect(translateApiMessage(message, translators.en, "en")).toMatch(
      /more than 10,000 companies/,
    );
    expect(translateApiMessage(message, translators.ru, "ru")).toMatch(/больше 10\s000 компаний/);
    expect(translateApiMessage(message, translators.cs, "cs")).toMatch(/více než 10\s000 firem/);
  });

  it("keeps the server's English explanation for English readers only", () => {
    const message = {
      key: "access.forbiddenRecord",
      params: { action: "delete", thing: "deal", detail: "Denied: no role grants delete." },
      field: null,
    } as const;
    expect(translateApiMessage(message, translators.en, "en")).toBe(
      "You may not delete this deal. Denied: no role grants delete.",
    );
    expect(translateApiMessage(message, translators.ru, "ru")).toBe(
      "Вам недоступно действие «Удаление» для сделки.",
    );
  });

  it("leaves a word it does not know as it came", () => {
    const message = {
      key: "access.noSuchId",
      params: { thing: "spaceship" },
      field: null,
    } as const;
    expect(translateApiMessage(message, translators.en, "en")).toBe(
      "No spaceship with this id. It may have been deleted.",
    );
  });
});
