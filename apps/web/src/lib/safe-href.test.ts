import { describe, expect, it } from "vitest";

import { toPhoneHref, toWebHref } from "./safe-href";

describe("toWebHref", () => {
  it.each([
    ["https://acme.example/about", "https://acme.example/about"],
    ["acme.example", "https://acme.example/"],
    ["http://acme.example", "http://acme.example/"],
    ["javascript:alert(1)", null],
    ["data:text/html,hi", null],
    ["not a link", null],
    ["localhost", null],
    ["", null],
    [null, null],
  ])("turns %j into %j", (input, expected) => {
    expect(toWebHref(input)).toBe(expected);
  });
});

describe("toPhoneHref", () => {
  it.each([
    ["+420 222 111 000", "tel:+420222111000"],
    ["(602) 123-456", "tel:602123456"],
    ["call me", null],
  ])("turns %j into %j", (input, expected) => {
    expect(toPhoneHref(input)).toBe(expected);
  });
});
