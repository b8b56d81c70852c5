import { describe, expect, it } from "vitest";

import { canMoveSection, moveId } from "./reorder";

describe("moveId", () => {
  it("moves up and down", () => {
    expect(moveId(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveId(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
  });

  it("stays put at the ends", () => {
    expect(moveId(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveId(["a", "b"], 1, 1)).toEqual(["a", "b"]);
  });
});

describe("canMoveSection", () => {
  const card = [
    { isDefault: true },
    { isDefault: true },
    { isDefault: false },
    { isDefault: false },
  ];

  it("keeps the default sections first", () => {
    expect(canMoveSection(card, 2, -1)).toBe(false);
    expect(canMoveSection(card, 1, 1)).toBe(false);
  });

  it("lets sections of the same kind swap", () => {
    expect(canMoveSection(card, 1, -1)).toBe(true);
    expect(canMoveSection(card, 2, 1)).toBe(true);
    expect(canMoveSection(card, 3, 1)).toBe(false);
  });
});
