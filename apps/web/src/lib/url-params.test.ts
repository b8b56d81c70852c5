import { describe, expect, it } from "vitest";

import { mergeUrlParams, readUrlParams } from "./url-params";

describe("readUrlParams", () => {
  it("reads the list's keys, with empty as unset", () => {
    expect(readUrlParams(new URLSearchParams("q=acme&tab=&x=1"), ["q", "tab", "cursor"])).toEqual({
      q: "acme",
      tab: null,
      cursor: null,
    });
  });
});

describe("mergeUrlParams", () => {
  it("sets, clears and keeps other keys, in a stable order", () => {
    expect(mergeUrlParams(new URLSearchParams("utm=1&q=a"), { q: "b", tab: "contacts" })).toBe(
      "q=b&tab=contacts&utm=1",
    );
    expect(mergeUrlParams(new URLSearchParams("q=a&tab=contacts"), { q: "" })).toBe("tab=contacts");
  });

  it("drops the cursor when a filter changes, since it belongs to the old filters", () => {
    expect(mergeUrlParams(new URLSearchParams("q=a&cursor=c1"), { q: "b" })).toBe("q=b");
  });

  it("keeps the cursor when the filters stay as they are", () => {
    expect(mergeUrlParams(new URLSearchParams("q=a&cursor=c1"), { q: "a" })).toBe("cursor=c1&q=a");
    expect(mergeUrlParams(new URLSearchParams("q=a"), { cursor: "c2" })).toBe("cursor=c2&q=a");
  });
});
