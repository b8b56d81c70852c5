import { describe, expect, it } from "vitest";

import { conditionText } from "./condition-text";

describe("conditionText", () => {
  it("says a condition in words, with names for ids", () => {
    const text = conditionText("company", { op: "eq", path: "responsibleId", value: "e1" }, (id) =>
      id === "e1" ? "Olga Ivanova" : id,
    );
    expect(text).toContain("Olga Ivanova");
    expect(text).not.toContain("{");
  });

  it("falls back to the JSON for what the engine cannot read", () => {
    expect(conditionText("company", { op: "nope" })).toBe('{"op":"nope"}');
  });
});
