import { describe, expect, it } from "vitest";

import { departmentOptions } from "./department-options";

describe("departmentOptions", () => {
  it("indents each department under its parent", () => {
    expect(
      departmentOptions([
        { id: "a", name: "Sales", path: "/a/" },
        { id: "b", name: "Sales Prague", path: "/a/b/" },
        { id: "c", name: "Key accounts", path: "/a/b/c/" },
      ]).map((option) => option.label),
    ).toEqual(["Sales", "\u2003Sales Prague", "\u2003\u2003Key accounts"]);
  });
});
