import { describe, expect, it } from "vitest";

import { cardSections } from "./card-sections";

const SECTIONS = [
  { id: "own-b", typeId: "b", position: 1 },
  { id: "shared-2", typeId: null, position: 3 },
  { id: "own-a", typeId: "a", position: 2 },
  { id: "shared-1", typeId: null, position: 0 },
];

describe("cardSections", () => {
  it("shows only the shared sections on the card every type shows", () => {
    expect(cardSections(SECTIONS, null).map((s) => s.id)).toEqual(["shared-1", "shared-2"]);
  });

  it("adds a type's own sections on its card, in position order", () => {
    expect(cardSections(SECTIONS, "a").map((s) => s.id)).toEqual(["shared-1", "own-a", "shared-2"]);
  });
});
