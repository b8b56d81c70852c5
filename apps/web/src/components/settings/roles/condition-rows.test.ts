import { describe, expect, it } from "vitest";

import {
  CATALOG,
  conditionPaths,
  findField,
  RESOURCES,
  validateCondition,
  type Resource,
} from "@charter/core/engine";

import {
  changeRowOperator,
  conditionFields,
  conditionToRows,
  draftCondition,
  newRow,
  retargetRows,
  rowOperators,
  rowsToCondition,
  rowVariables,
  type TConditionRow,
  type TConditionRows,
} from "./condition-rows";

const STAGE_A = "11111111-1111-4111-8111-111111111111";
const STAGE_B = "22222222-2222-4222-8222-222222222222";
const EMPLOYEE = "33333333-3333-4333-8333-333333333333";

const row = (
  path: string,
  operator: TConditionRow["operator"],
  value: TConditionRow["value"] = null,
  values: TConditionRow["values"] = [],
): TConditionRow => ({ path, operator, value, values });

// Rows and the JSON they stand for, both ways: each JSON is what the engine validates.
const ROUND_TRIPS: { name: string; resource: Resource; rows: TConditionRows; json: unknown }[] = [
  {
    name: "one row is its comparison alone",
    resource: "company",
    rows: { combine: "all", rows: [row("responsibleId", "eq", "$me")] },
    json: { op: "eq", path: "responsibleId", value: "$me" },
  },
  {
    name: "a stage right: the stage is one of two",
    resource: "deal",
    rows: { combine: "all", rows: [row("stageId", "in", null, [STAGE_A, STAGE_B])] },
    json: { op: "in", path: "stageId", values: [STAGE_A, STAGE_B] },
  },
  {
    name: "all rows make an and",
    resource: "deal",
    rows: {
      combine: "all",
      rows: [row("partner.responsibleId", "eq", "$me"), row("amount", "gte", 1000)],
    },
    json: {
      op: "and",
      args: [
        { op: "eq", path: "partner.responsibleId", value: "$me" },
        { op: "gte", path: "amount", value: 1000 },
      ],
    },
  },
  {
    name: "any row makes an or, with empty and not empty",
    resource: "deal",
    rows: {
      combine: "any",
      rows: [
        row("partnerId", "empty"),
        row("directionId", "notEmpty"),
        row("status", "ne", "lost"),
      ],
    },
    json: {
      op: "or",
      args: [
        { op: "eq", path: "partnerId", value: null },
        { op: "ne", path: "directionId", value: null },
        { op: "ne", path: "status", value: "lost" },
      ],
    },
  },
  {
    name: "a boolean and a kind",
    resource: "company",
    rows: {
      combine: "all",
      rows: [row("isPartner", "eq", true), row("departmentId", "eq", "$myDepartment")],
    },
    json: {
      op: "and",
      args: [
        { op: "eq", path: "isPartner", value: true },
        { op: "eq", path: "departmentId", value: "$myDepartment" },
      ],
    },
  },
  {
    name: "an activity of a kind, on a deal of mine",
    resource: "activity",
    rows: {
      combine: "all",
      rows: [
        row("kind", "in", null, ["call", "meeting"]),
        row("deal.responsibleId", "eq", EMPLOYEE),
      ],
    },
    json: {
      op: "and",
      args: [
        { op: "in", path: "kind", values: ["call", "meeting"] },
        { op: "eq", path: "deal.responsibleId", value: EMPLOYEE },
      ],
    },
  },
];

describe("condition rows", () => {
  it.each(ROUND_TRIPS)("make the engine's JSON: $name", ({ resource, rows, json }) => {
    const made = rowsToCondition(rows);
    expect(made).toEqual({ ok: true, condition: json });
    expect(validateCondition(resource, json).ok).toBe(true);
  });

  it.each(ROUND_TRIPS)("are read back from the JSON: $name", ({ resource, rows, json }) => {
    expect(conditionToRows(resource, json)).toEqual({ ok: true, rows });
  });

  it.each([
    {
      name: "a nested group",
      json: {
        op: "and",
        args: [
          { op: "eq", path: "responsibleId", value: "$me" },
          { op: "or", args: [{ op: "eq", path: "status", value: "won" }] },
        ],
      },
      reason: "nested",
    },
    {
      name: "a not",
      json: { op: "not", arg: { op: "eq", path: "partnerId", value: null } },
      reason: "not",
    },
    {
      name: "a not among rows",
      json: {
        op: "or",
        args: [{ op: "not", arg: { op: "eq", path: "status", value: "won" } }],
      },
      reason: "not",
    },
    {
      name: "one of several amounts, which the builder does not offer",
      json: { op: "in", path: "amount", values: [1, 2] },
      reason: "operator",
    },
    {
      name: "a path the engine does not know",
      json: { op: "eq", path: "owner", value: "$me" },
      reason: "invalid",
    },
    { name: "no condition at all", json: "responsibleId = $me", reason: "invalid" },
  ])("cannot show $name as rows", ({ json, reason }) => {
    const read = conditionToRows("deal", json);
    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.reason).toBe(reason);
  });

  it.each([
    {
      name: "no rows",
      rows: { combine: "all", rows: [] } satisfies TConditionRows,
      problems: [{ row: null, problem: "no-rows" }],
    },
    {
      name: "a value not chosen and an empty list",
      rows: {
        combine: "any",
        rows: [row("stageId", "eq"), row("responsibleId", "eq", "$me"), row("stageId", "in")],
      } satisfies TConditionRows,
      problems: [
        { row: 0, problem: "value" },
        { row: 2, problem: "values" },
      ],
    },
  ])("say what is missing: $name", ({ rows, problems }) => {
    expect(rowsToCondition(rows)).toEqual({ ok: false, problems });
  });

  it("open as JSON even when unfinished, for the engine to name what is missing", () => {
    expect(draftCondition({ combine: "all", rows: [row("stageId", "eq")] })).toEqual({
      op: "eq",
      path: "stageId",
      value: null,
    });
  });
});

describe("what the builder offers", () => {
  it("offers every field the engine lets a condition read, and no other", () => {
    for (const resource of RESOURCES) {
      expect(conditionFields(resource).map((field) => field.path)).toEqual(
        conditionPaths(resource),
      );
    }
    expect(conditionFields("deal").map((field) => field.path)).toContain("stageId");
  });

  it.each([
    { resource: "deal", path: "amount", operators: ["eq", "ne", "lt", "lte", "gt", "gte"] },
    { resource: "deal", path: "stageId", operators: ["eq", "ne", "in"] },
    { resource: "deal", path: "partnerId", operators: ["eq", "ne", "in", "empty", "notEmpty"] },
    { resource: "company", path: "isPartner", operators: ["eq", "ne"] },
  ] as const)("compares $resource.$path with $operators", ({ resource, path, operators }) => {
    const field = findField(resource, path);
    expect(field && rowOperators(field)).toEqual(operators);
  });

  it.each([
    { resource: "deal", path: "partner.responsibleId", variables: ["$me"] },
    { resource: "deal", path: "directionId", variables: ["$myDirection"] },
    { resource: "company", path: "departmentId", variables: ["$myDepartment"] },
    { resource: "deal", path: "partnerId", variables: ["$myPartnerCompany"] },
    { resource: "deal", path: "stageId", variables: [] },
    { resource: "deal", path: "status", variables: [] },
  ] as const)("offers $variables for $resource.$path", ({ resource, path, variables }) => {
    const field = findField(resource, path);
    expect(field && rowVariables(field)).toEqual(variables);
  });

  it("starts with a row every resource with fields can save as it is", () => {
    for (const resource of RESOURCES) {
      if (conditionPaths(resource).length === 0) continue;
      const made = rowsToCondition({ combine: "all", rows: [newRow(resource)] });
      // Ids without a variable have no value to start with; the reader picks one.
      if (!made.ok) {
        const field = findField(resource, newRow(resource).path);
        expect(field?.type.kind).toBe("id");
        continue;
      }
      expect(validateCondition(resource, made.condition).ok).toBe(true);
    }
    expect(newRow("deal")).toEqual(row("responsibleId", "eq", "$me"));
  });

  it.each([
    {
      from: row("stageId", "eq", STAGE_A),
      to: "in",
      expected: row("stageId", "in", null, [STAGE_A]),
    },
    {
      from: row("stageId", "in", null, [STAGE_B, STAGE_A]),
      to: "ne",
      expected: row("stageId", "ne", STAGE_B),
    },
    {
      from: row("partnerId", "eq", "$myPartnerCompany"),
      to: "empty",
      expected: row("partnerId", "empty"),
    },
  ] as const)("carries the value from $from.operator to $to", ({ from, to, expected }) => {
    expect(changeRowOperator(from, to)).toEqual(expected);
  });

  it("keeps rows that mean the same on another resource, and starts afresh otherwise", () => {
    const rows: TConditionRows = {
      combine: "any",
      rows: [row("responsibleId", "eq", "$me"), row("stageId", "in", null, [STAGE_A])],
    };
    expect(retargetRows("deal", "company", rows)).toEqual({
      combine: "any",
      rows: [row("responsibleId", "eq", "$me")],
    });
    // A status on deals is not a status on tasks (other kinds).
    expect(
      retargetRows("deal", "task", { combine: "all", rows: [row("status", "eq", "won")] }),
    ).toEqual({ combine: "all", rows: [newRow("task")] });
    // No condition yet (an override's) stays none.
    expect(retargetRows("deal", "task", { combine: "all", rows: [] })).toEqual({
      combine: "all",
      rows: [],
    });
  });

  it("knows the catalogue it reads", () => {
    expect(CATALOG.deal.fields.stageId?.type).toEqual({ kind: "id", ref: "stage" });
  });
});
