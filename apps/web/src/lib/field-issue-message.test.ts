import { describe, expect, it } from "vitest";

import { CATALOGS } from "../i18n/messages";
import { createTranslator } from "../i18n/translate";

import { readApiError, type TFieldIssue } from "./api-error";
import { fieldIssueMessage } from "./field-issue-message";

const ru = createTranslator(CATALOGS.ru);
const cs = createTranslator(CATALOGS.cs);

describe("fieldIssueMessage", () => {
  it.each<[TFieldIssue, string]>([
    [{ code: "required" }, "Заполните это поле."],
    [{ code: "too_big", origin: "string", limit: 60 }, "Максимальная длина — 60 симв."],
    [{ code: "too_small", origin: "number", limit: 0 }, "Введите значение не меньше 0."],
    [{ code: "too_big", origin: "other", limit: 20 }, "Выберите не больше 20."],
    [{ code: "format", format: "email" }, "Введите e-mail, например office@example.com."],
    [{ code: "format", format: "uuid" }, "Выберите один из предложенных вариантов."],
    [{ code: "format", format: "regex" }, "Проверьте формат значения."],
  ])("words %j in Russian", (issue, expected) => {
    expect(fieldIssueMessage(issue, ru)).toBe(expected);
  });

  it("words the same fault in Czech", () => {
    expect(fieldIssueMessage({ code: "too_small", origin: "string", limit: 3 }, cs)).toBe(
      "Počet znaků nejméně: 3.",
    );
  });
});

describe("readApiError's field issues", () => {
  it("keeps each field's first fault, by its path and its top-level key, and skips unknown kinds", () => {
    const error = Object.assign(new Error("bad"), {
      data: {
        code: "BAD_REQUEST",
        zodError: {
          formErrors: [],
          fieldErrors: { name: ["Give it a name."], fields: ["Too long."] },
          fieldIssues: {
            name: [{ code: "required" }, { code: "other" }],
            "fields.title": [{ code: "too_big", origin: "string", maximum: 200 }],
            email: [{ code: "something-new" }],
          },
        },
      },
    });
    expect(readApiError(error).fieldIssues).toEqual({
      name: { code: "required" },
      "fields.title": { code: "too_big", origin: "string", limit: 200 },
      fields: { code: "too_big", origin: "string", limit: 200 },
    });
  });
});
