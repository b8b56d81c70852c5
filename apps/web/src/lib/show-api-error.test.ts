import { describe, expect, it } from "vitest";

import { CATALOGS } from "../i18n/messages";
import { createTranslator } from "../i18n/translate";

import { showApiError } from "./show-api-error";

/** What a TRPCClientError carries: the message and the formatter's `data`. */
function apiError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

const cs = createTranslator(CATALOGS.cs);
const ru = createTranslator(CATALOGS.ru);
const en = createTranslator(CATALOGS.en);

describe("showApiError", () => {
  it("says a message the API raised in the reader's language, not the kind's general one", () => {
    const error = apiError("The period's start must come before its end.", {
      code: "BAD_REQUEST",
      appCode: "INVALID_INPUT",
      messageKey: "audit.periodOrder",
      params: {},
      field: null,
    });
    expect(showApiError(error, cs, "cs").message).toBe(
      "Začátek období musí předcházet jeho konci.",
    );
    expect(showApiError(error, ru, "ru").message).toBe(
      "Начало периода должно быть раньше его конца.",
    );
    expect(showApiError(error, en, "en").message).toBe(
      "The period's start must come before its end.",
    );
  });

  it("puts a field's message beside the field, and asks to check it", () => {
    const error = apiError("currency: give the deal's currency, e.g. CZK.", {
      code: "BAD_REQUEST",
      appCode: "INVALID_INPUT",
      messageKey: "interests.giveCurrency",
      params: {},
      field: "currency",
    });
    const shown = showApiError(error, cs, "cs");
    expect(shown.fieldMessage("currency")).toBe("Zadejte měnu obchodu, například CZK.");
    expect(shown.fieldMessage("title")).toBeUndefined();
    expect(shown.message).toBe(CATALOGS.cs["errors.invalidInput"]);
    expect(shown.detail).toBe("Zadejte měnu obchodu, například CZK.");
  });

  it("keeps a refusal's rule as the message and its object as the detail", () => {
    const error = apiError("You may not edit this deal. Denied: …", {
      code: "FORBIDDEN",
      appCode: "FORBIDDEN",
      rule: "read-only",
      messageKey: "access.forbiddenRecord",
      params: { action: "edit", thing: "deal", detail: "Denied: …" },
      field: null,
    });
    const shown = showApiError(error, ru, "ru");
    expect(shown.message).toBe(CATALOGS.ru["errors.forbidden.readOnly"]);
    expect(shown.detail).toBe("Вам недоступно действие «Изменение» для сделки.");
  });

  it("says a refusal by a rule it has no words for with the API's sentence", () => {
    const error = apiError("Role Auditor is read-only: …", {
      code: "FORBIDDEN",
      appCode: "FORBIDDEN",
      rule: "read-only-self",
      messageKey: "roles.readOnlySelf",
      params: { role: "Auditor" },
      field: null,
    });
    expect(showApiError(error, cs, "cs").message).toMatch(/^Role „Auditor“ je jen pro čtení/);
  });

  it("falls back to the kind's words for an error without a key", () => {
    const error = apiError("Something unexpected", { code: "CONFLICT", appCode: "CONFLICT" });
    const shown = showApiError(error, ru, "ru");
    expect(shown.message).toBe(CATALOGS.ru["errors.conflict"]);
    expect(shown.sentence).toBeNull();
    expect(shown.detail).toBeNull();
  });

  it("ignores a key the API does not define", () => {
    const error = apiError("x", {
      code: "BAD_REQUEST",
      appCode: "INVALID_INPUT",
      messageKey: "nothing.known",
      params: { a: 1 },
      field: "name",
    });
    const shown = showApiError(error, cs, "cs");
    expect(shown.appMessage).toBeNull();
    expect(shown.message).toBe(CATALOGS.cs["errors.invalidInput"]);
    expect(shown.fieldMessage("name")).toBeUndefined();
  });

  it("words zod's field faults as before, the API's English for English readers", () => {
    const error = apiError("bad", {
      code: "BAD_REQUEST",
      zodError: {
        fieldErrors: { name: ["Give the company a name."] },
        fieldIssues: { name: [{ code: "required" }] },
      },
    });
    expect(showApiError(error, en, "en").fieldMessage("name")).toBe("Give the company a name.");
    expect(showApiError(error, cs, "cs").fieldMessage("name")).toBe(
      CATALOGS.cs["errors.validation.required"],
    );
  });
});
