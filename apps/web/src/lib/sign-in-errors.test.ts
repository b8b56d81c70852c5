import { describe, expect, it } from "vitest";

import { CATALOGS } from "../i18n/messages";

import { resolveSignInErrorKey, SIGN_IN_ERROR_CODES } from "./sign-in-errors";

describe("resolveSignInErrorKey", () => {
  it("gives one message for unknown e-mails and wrong passwords", () => {
    const key = resolveSignInErrorKey(SIGN_IN_ERROR_CODES.wrongCredentials);
    expect(CATALOGS.en[key]).toBe("E-mail or password is wrong.");
    expect(CATALOGS.cs[key]).toBe("E-mail nebo heslo není správné.");
  });

  it("tells a blocked or expired employee whom to ask, in each language", () => {
    const key = resolveSignInErrorKey(SIGN_IN_ERROR_CODES.noAccess);
    expect(CATALOGS.en[key]).toMatch(/administrator/);
    expect(CATALOGS.ru[key]).toMatch(/администратор/);
    expect(CATALOGS.cs[key]).toMatch(/správce/);
  });

  it("explains throttling and network refusals in each language", () => {
    const throttled = resolveSignInErrorKey(SIGN_IN_ERROR_CODES.throttled);
    const ipRefused = resolveSignInErrorKey(SIGN_IN_ERROR_CODES.ipRefused);
    expect(CATALOGS.en[throttled]).toMatch(/15 minutes/);
    expect(CATALOGS.ru[throttled]).toMatch(/15 минут/);
    expect(CATALOGS.cs[throttled]).toMatch(/15 minut/);
    expect(CATALOGS.en[ipRefused]).toMatch(/allowed networks/);
    expect(CATALOGS.ru[ipRefused]).toMatch(/разрешённых сетей/);
    expect(CATALOGS.cs[ipRefused]).toMatch(/povolených sítí/);
  });

  it.each(["Configuration", "", "Error: connect ECONNREFUSED"])(
    "falls back to a retry hint for %j, never echoing the code",
    (code) => {
      const key = resolveSignInErrorKey(code);
      expect(key).toBe("signIn.error.failed");
      expect(CATALOGS.en[key]).toMatch(/Try again/);
    },
  );
});
