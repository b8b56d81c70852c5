import { describe, expect, it } from "vitest";

import { CATALOGS } from "../i18n/messages";

import { isNotFoundError, readApiError, shouldRetryQuery } from "./api-error";

/** What a TRPCClientError carries: the message and the formatter's `data`. */
function apiError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

describe("readApiError", () => {
  it("puts zod's field errors beside the fields and asks to check them", () => {
    const error = apiError("bad", {
      code: "BAD_REQUEST",
      appCode: null,
      rule: null,
      zodError: {
        formErrors: [],
        fieldErrors: { name: ["Give the company a name."], email: [], phone: undefined },
      },
    });
    expect(readApiError(error)).toEqual({
      kind: "invalid",
      messageKey: "errors.invalidInput",
      serverMessage: "bad",
      fieldErrors: { name: ["Give the company a name."] },
      rule: null,
      fieldIssues: {},
      appMessage: null,
    });
  });

  it("also keys a nested input's errors by their dotted path, for the field at fault", () => {
    const error = apiError("bad", {
      code: "BAD_REQUEST",
      zodError: {
        formErrors: [],
        fieldErrors: { fields: ["Give the deal a title."] },
        fieldPaths: { "fields.title": ["Give the deal a title."], "lines.2.quantity": [] },
      },
    });
    expect(readApiError(error).fieldErrors).toEqual({
      fields: ["Give the deal a title."],
      "fields.title": ["Give the deal a title."],
    });
  });

  it.each([
    ["no-grant", "errors.forbidden.noGrant"],
    ["deny-override", "errors.forbidden.denyOverride"],
    ["read-only", "errors.forbidden.readOnly"],
    ["field-access", "errors.forbidden.fieldAccess"],
    ["ip-restricted", "errors.forbidden.ipRestricted"],
    ["something-new", "errors.forbidden.other"],
  ])("explains a refusal by the rule %s", (rule, messageKey) => {
    const error = apiError("You have no right…", { code: "FORBIDDEN", appCode: "FORBIDDEN", rule });
    expect(readApiError(error)).toMatchObject({ kind: "forbidden", messageKey, rule });
  });

  it("reads a stale version as a conflict, with words that offer a reload in each language", () => {
    const error = apiError("Someone changed this company", {
      code: "CONFLICT",
      appCode: "CONFLICT",
    });
    const { kind, messageKey } = readApiError(error);
    expect(kind).toBe("conflict");
    expect(CATALOGS.en[messageKey]).toMatch(/Reload/);
    expect(CATALOGS.ru[messageKey]).toMatch(/Обновите/);
    expect(CATALOGS.cs[messageKey]).toMatch(/Načtěte/);
  });

  it("falls back to tRPC's code when the API did not name one", () => {
    expect(readApiError(apiError("x", { code: "UNAUTHORIZED" })).kind).toBe("unauthenticated");
    expect(readApiError(apiError("x", { code: "INTERNAL_SERVER_ERROR" }))).toMatchObject({
      kind: "unexpected",
      messageKey: "errors.unexpected",
    });
  });

  it("reads an error without data as a network failure", () => {
    expect(readApiError(new TypeError("Failed to fetch"))).toMatchObject({
      kind: "network",
      serverMessage: "Failed to fetch",
    });
  });
});

describe("an error thrown by the API on the server", () => {
  it("is read from the error itself", () => {
    const thrown = Object.assign(new Error("No company with this id."), {
      code: "NOT_FOUND",
      appCode: "NOT_FOUND",
      details: {},
    });
    expect(readApiError(thrown).kind).toBe("not-found");
    const refused = Object.assign(new Error("no"), {
      code: "FORBIDDEN",
      appCode: "FORBIDDEN",
      details: { rule: "read-only" },
    });
    expect(readApiError(refused)).toMatchObject({ kind: "forbidden", rule: "read-only" });
  });
});

describe("isNotFoundError", () => {
  it("is true only for NOT_FOUND", () => {
    expect(
      isNotFoundError(apiError("No company", { code: "NOT_FOUND", appCode: "NOT_FOUND" })),
    ).toBe(true);
    expect(isNotFoundError(apiError("x", { code: "FORBIDDEN", appCode: "FORBIDDEN" }))).toBe(false);
  });
});

describe("shouldRetryQuery", () => {
  it("tries a lost connection or a server fault again, twice at most", () => {
    expect(shouldRetryQuery(0, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetryQuery(1, apiError("x", { code: "INTERNAL_SERVER_ERROR" }))).toBe(true);
    expect(shouldRetryQuery(2, new TypeError("Failed to fetch"))).toBe(false);
  });

  it("never repeats an answer that would not change", () => {
    for (const code of ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_INPUT"]) {
      expect(shouldRetryQuery(0, apiError("x", { code, appCode: code }))).toBe(false);
    }
  });
});
