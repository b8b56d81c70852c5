import { describe, expect, it } from "vitest";

import { CATALOG, conditionPaths, RESOURCES, VARIABLE_NAMES } from "@charter/core/engine";

import { FIELD_LABELS, KIND_LABELS, VARIABLE_LABELS } from "./condition-labels";

describe("the condition builder's words", () => {
  it("name every field the engine offers to conditions", () => {
    const paths = new Set(RESOURCES.flatMap((resource) => conditionPaths(resource)));
    expect([...paths].filter((path) => !FIELD_LABELS[path])).toEqual([]);
  });

  it("name every kind a field can hold", () => {
    const kinds = new Set(
      RESOURCES.flatMap((resource) =>
        Object.values(CATALOG[resource].fields).flatMap((field) =>
          field.type.kind === "enum" ? field.type.values : [],
        ),
      ),
    );
    expect([...kinds].filter((kind) => !KIND_LABELS[kind])).toEqual([]);
  });

  it.each(["holder", "employee"] as const)("name every variable for the %s", (subject) => {
    expect(VARIABLE_NAMES.filter((name) => !VARIABLE_LABELS[subject][name])).toEqual([]);
  });
});
