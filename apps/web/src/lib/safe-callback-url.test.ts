import { describe, expect, it } from "vitest";

import { resolveSafeCallbackUrl } from "./safe-callback-url";

describe("resolveSafeCallbackUrl", () => {
  it.each([
    ["/deals?stage=2", "/deals?stage=2"],
    [["/contacts", "/deals"], "/contacts"],
    [undefined, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example/", "/"],
    ["javascript:alert(1)", "/"],
  ])("turns %j into %j", (input, expected) => {
    expect(resolveSafeCallbackUrl(input)).toBe(expected);
  });
});
