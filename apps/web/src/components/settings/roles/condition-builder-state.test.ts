import { describe, expect, it } from "vitest";

import {
  builderCondition,
  emptyBuilder,
  initialBuilder,
  retargetBuilder,
  rowsState,
  toggleJson,
  type TBuilderState,
} from "./condition-builder-state";

const json = (text: string): TBuilderState => ({
  mode: "json",
  text,
  notJson: false,
  notice: null,
});

describe("the condition builder's modes", () => {
  it("opens rows as their JSON, and reads the JSON back as rows", () => {
    const asJson = toggleJson(initialBuilder("deal"), "deal");
    expect(asJson).toMatchObject({ mode: "json", notice: null });
    expect(asJson.mode === "json" && JSON.parse(asJson.text)).toEqual({
      op: "eq",
      path: "responsibleId",
      value: "$me",
    });
    expect(toggleJson(asJson, "deal")).toMatchObject({
      mode: "rows",
      rows: { combine: "all", rows: [{ path: "responsibleId", operator: "eq", value: "$me" }] },
    });
  });

  it.each([
    {
      name: "nested groups",
      text: '{ "op": "or", "args": [{ "op": "and", "args": [{ "op": "eq", "path": "status", "value": "won" }] }] }',
      expected: { notJson: false, notice: { reason: "nested" } },
    },
    {
      name: "a not",
      text: '{ "op": "not", "arg": { "op": "eq", "path": "partnerId", "value": null } }',
      expected: { notJson: false, notice: { reason: "not" } },
    },
    {
      name: "text that is not JSON",
      text: "{ op: eq }",
      expected: { notJson: true, notice: null },
    },
  ])("keeps $name as JSON and says why", ({ text, expected }) => {
    expect(toggleJson(json(text), "deal")).toMatchObject({ mode: "json", text, ...expected });
  });

  it.each([
    {
      name: "rows with a value missing",
      state: rowsState({
        combine: "all",
        rows: [{ path: "stageId", operator: "in", value: null, values: [] }],
      }),
      expected: { ok: false, state: { problems: [{ row: 0, problem: "values" }] } },
    },
    {
      name: "finished rows",
      state: initialBuilder("company"),
      expected: { ok: true, condition: { op: "eq", path: "responsibleId", value: "$me" } },
    },
    {
      name: "JSON the engine will judge",
      state: json('{ "op": "eq", "path": "owner", "value": 1 }'),
      expected: { ok: true, condition: { op: "eq", path: "owner", value: 1 } },
    },
    {
      name: "text that is not JSON",
      state: json("{"),
      expected: { ok: false, state: { notJson: true } },
    },
  ])("saves $name, or says what is missing", ({ state, expected }) => {
    expect(builderCondition(state)).toMatchObject(expected);
  });

  it.each([
    { name: "no rows", state: emptyBuilder() },
    { name: "blank JSON", state: json("  \n") },
  ])("saves $name as no condition where one is optional (an override)", ({ state }) => {
    expect(builderCondition(state, { optional: true })).toEqual({ ok: true, condition: null });
  });

  it("asks for a part where a condition is required (a conditional right)", () => {
    expect(builderCondition(emptyBuilder())).toMatchObject({
      ok: false,
      state: { problems: [{ row: null, problem: "no-rows" }] },
    });
  });

  it("opens no rows as no JSON, and no JSON as no rows", () => {
    const asJson = toggleJson(emptyBuilder(), "deal");
    expect(asJson).toMatchObject({ mode: "json", text: "" });
    expect(toggleJson(asJson, "deal")).toMatchObject({ mode: "rows", rows: { rows: [] } });
  });

  it("keeps no rows when the resource changes, and drops what a resource without fields cannot read", () => {
    expect(retargetBuilder(emptyBuilder(), "deal", "company")).toMatchObject({
      mode: "rows",
      rows: { rows: [] },
    });
    expect(retargetBuilder(json('{ "op": "eq" }'), "deal", "report")).toMatchObject({
      mode: "rows",
      rows: { rows: [] },
    });
    expect(retargetBuilder(initialBuilder("deal"), "deal", "report")).toMatchObject({
      mode: "rows",
      rows: { rows: [] },
    });
  });
});
