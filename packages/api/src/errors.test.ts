import { describe, expect, it } from "vitest";

import { AppError, formatAppError } from "./errors";

describe("AppError", () => {
  it("builds its English message from the catalogue, words in English", () => {
    const error = new AppError("NOT_FOUND", {
      key: "access.noSuchId",
      params: { thing: "documentTemplate" },
    });
    expect(error.message).toBe("No document template with this id. It may have been deleted.");
    expect(error.code).toBe("NOT_FOUND");
    expect(error.messageKey).toBe("access.noSuchId");
    expect(error.params).toEqual({ thing: "documentTemplate" });
  });

  it("starts the message with the field at fault, as the API always wrote it", () => {
    const error = new AppError(
      "INVALID_INPUT",
      { key: "interests.giveCurrency" },
      { field: "currency" },
    );
    expect(error.message).toBe("currency: give the deal's currency, e.g. CZK.");
  });

  it("passes names through and ends with the English detail", () => {
    const error = new AppError(
      "FORBIDDEN",
      { key: "deals.stageRefused", params: { stage: "Won", detail: "Denied: no role grants it." } },
      { rule: "no-grant" },
    );
    expect(error.message).toBe(
      'You may not move this deal to "Won": your roles do not let you work on deals in that stage. Denied: no role grants it.',
    );
  });

  it("writes numbers as English does", () => {
    const error = new AppError("INVALID_INPUT", {
      key: "exports.tooManyRows",
      params: { max: 10000, records: "company" },
    });
    expect(error.message).toMatch(/^The export would hold more than 10,000 companies\. /);
  });
});

describe("formatAppError", () => {
  it("sends the key, its parameters, the field and the rule", () => {
    const error = new AppError(
      "FORBIDDEN",
      { key: "exports.hiddenField", params: { records: "deal" } },
      { rule: "field-access", field: "stageId" },
    );
    expect(formatAppError(error)).toEqual({
      appCode: "FORBIDDEN",
      rule: "field-access",
      messageKey: "exports.hiddenField",
      params: { records: "deal" },
      field: "stageId",
    });
  });

  it("sends nothing of an error the API did not raise itself", () => {
    expect(formatAppError(new Error("boom"))).toEqual({
      appCode: null,
      rule: null,
      messageKey: null,
      params: null,
      field: null,
    });
  });
});
