import { describe, expect, it } from "vitest";

import { readChoices, repeatedChoices } from "./choices";

describe("choices", () => {
  it("reads one choice a line, trimmed, without blank lines", () => {
    expect(readChoices(" Gold \n\nSilver\n  \nBronze")).toEqual(["Gold", "Silver", "Bronze"]);
  });

  it("names each choice typed twice once", () => {
    expect(repeatedChoices(["A", "B", "A", "A", "C", "B"])).toEqual(["A", "B"]);
    expect(repeatedChoices(["A", "B"])).toEqual([]);
  });
});
