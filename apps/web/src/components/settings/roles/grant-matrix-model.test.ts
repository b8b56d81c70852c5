import { describe, expect, it } from "vitest";

import { cellChange, cellOf, type TStoredGrant } from "./grant-matrix-model";

function grant(
  id: string,
  action: string,
  scope: TStoredGrant["scope"],
  condition: unknown = null,
) {
  return { id, resource: "deal", action, scope, condition, version: 1 };
}

const GRANTS = [
  grant("a", "view", "direction"),
  grant("b", "edit", "project", { op: "eq", path: "partner.responsibleId", value: "$me" }),
  grant("c", "edit", "own"),
  { ...grant("d", "view", "project"), resource: "company" },
];

describe("cellOf", () => {
  it("splits a cell's grants into the plain one and the conditional ones", () => {
    const edit = cellOf(GRANTS, "deal", "edit");
    expect(edit.plain?.id).toBe("c");
    expect(edit.conditional.map((g) => g.id)).toEqual(["b"]);
    expect(cellOf(GRANTS, "deal", "delete")).toEqual({ plain: null, conditional: [] });
  });
});

describe("cellChange", () => {
  const view = cellOf(GRANTS, "deal", "view");
  const empty = cellOf(GRANTS, "deal", "delete");

  it("adds a grant to an empty cell, and does nothing for none", () => {
    expect(cellChange(empty, "deal", "delete", "own")).toEqual({
      kind: "add",
      resource: "deal",
      action: "delete",
      scope: "own",
    });
    expect(cellChange(empty, "deal", "delete", "none")).toEqual({ kind: "none" });
  });

  it("changes the scope, removes on none, and ignores the same scope", () => {
    expect(cellChange(view, "deal", "view", "project")).toMatchObject({
      kind: "update",
      scope: "project",
    });
    expect(cellChange(view, "deal", "view", "none")).toMatchObject({ kind: "remove" });
    expect(cellChange(view, "deal", "view", "direction")).toEqual({ kind: "none" });
  });
});
