import { describe, expect, it } from "vitest";

import { describeSignInError, SIGN_IN_ERROR_CODES } from "./sign-in-errors";

describe("describeSignInError", () => {
  it("gives one message for unknown e-mails and wrong passwords", () => {
    expect(describeSignInError(SIGN_IN_ERROR_CODES.wrongCredentials)).toBe(
      "E-mail or password is wrong.",
    );
  });

  it("tells a blocked or expired employee whom to ask", () => {
    expect(describeSignInError(SIGN_IN_ERROR_CODES.noAccess)).toMatch(/administrator/);
  });

  it("falls back to a retry hint for anything else", () => {
    expect(describeSignInError("Configuration")).toMatch(/Try again/);
  });
});
