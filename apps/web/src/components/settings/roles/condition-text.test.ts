import { describe, expect, it } from "vitest";

import { formatNumber } from "../../../i18n/format";
import type { TLocale } from "../../../i18n/locales";
import { CATALOGS } from "../../../i18n/messages";
import { createTranslator } from "../../../i18n/translate";
import type { TConditionSubject } from "./condition-labels";
import { conditionText, type TConditionWords } from "./condition-text";

const names: Record<string, string> = { e1: "Olga Ivanova", s1: "Vyjednávání" };

function wordsIn(locale: TLocale, subject: TConditionSubject = "holder"): TConditionWords {
  return {
    t: createTranslator(CATALOGS[locale], locale),
    number: (value) => formatNumber(value, locale),
    nameOf: (id) => names[id] ?? id,
    subject,
  };
}

describe("conditionText", () => {
  it("says a condition in the reader's language, with names for ids", () => {
    const mine = { op: "eq", path: "responsibleId", value: "e1" };
    expect(conditionText("company", mine, wordsIn("cs"))).toBe("odpovědná osoba je Olga Ivanova");
    expect(conditionText("company", mine, wordsIn("ru"))).toBe("ответственный равно Olga Ivanova");
  });

  it("names kinds, variables, yes and no, and numbers in the reader's words", () => {
    const call = { op: "eq", path: "kind", value: "call" };
    expect(conditionText("activity", call, wordsIn("cs"))).toBe("druh je hovor");
    const holder = { op: "eq", path: "responsibleId", value: "$me" };
    expect(conditionText("deal", holder, wordsIn("cs"))).toBe(
      "odpovědná osoba je držitel oprávnění",
    );
    expect(conditionText("deal", holder, wordsIn("cs", "employee"))).toBe(
      "odpovědná osoba je tento zaměstnanec",
    );
    const partner = { op: "eq", path: "isPartner", value: true };
    expect(conditionText("company", partner, wordsIn("ru"))).toBe("партнёрская компания равно да");
    const large = { op: "gte", path: "amount", value: 100000 };
    expect(conditionText("deal", large, wordsIn("cs"))).toBe("částka je alespoň 100\u00a0000");
  });

  it("joins parts with the reader's and / or, and says empty and not", () => {
    const either = {
      op: "or",
      args: [
        { op: "eq", path: "status", value: "won" },
        {
          op: "and",
          args: [
            { op: "in", path: "stageId", values: ["s1"] },
            { op: "eq", path: "companyId", value: null },
          ],
        },
      ],
    };
    expect(conditionText("deal", either, wordsIn("cs"))).toBe(
      "stav je vyhraný nebo (fáze je jedno z Vyjednávání a firma je prázdné)",
    );
    const not = { op: "not", arg: { op: "eq", path: "kind", value: "call" } };
    expect(conditionText("activity", not, wordsIn("ru"))).toBe("неверно, что вид равно звонок");
  });

  it("falls back to the JSON for what the engine cannot read", () => {
    expect(conditionText("company", { op: "nope" }, wordsIn("cs"))).toBe('{"op":"nope"}');
  });
});
