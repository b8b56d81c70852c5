import { describe, expect, it } from "vitest";

import { validateCondition } from "./validate-condition";
import { validateGrant, validateOverride } from "./validate-grant";
import type { Resource } from "./vocabulary";

function messages(result: { ok: boolean; issues?: { path: string; message: string }[] }) {
  return result.ok ? [] : (result.issues ?? []).map((i) => `${i.path}: ${i.message}`);
}

describe("validateCondition accepts the language of PERMISSIONS.md", () => {
  it.each<[Resource, unknown]>([
    ["deal", { op: "eq", path: "partner.responsibleId", value: "$me" }],
    ["deal", { op: "in", path: "stageId", values: ["s1", "s2"] }],
    [
      "deal",
      {
        op: "and",
        args: [
          { op: "gte", path: "amount", value: 1000 },
          { op: "ne", path: "status", value: "lost" },
        ],
      },
    ],
    ["deal", { op: "not", arg: { op: "eq", path: "partnerId", value: null } }],
    ["deal", { op: "eq", path: "directionId", value: "$myDirection" }],
    [
      "task",
      {
        op: "or",
        args: [
          { op: "eq", path: "assigneeId", value: "$me" },
          { op: "eq", path: "responsible.managerId", value: "$me" },
        ],
      },
    ],
    ["document", { op: "in", path: "kind", values: ["contract", "offer"] }],
    ["contact", { op: "eq", path: "departmentId", value: "$myDepartment" }],
    ["company", { op: "eq", path: "isPartner", value: true }],
  ])("%s %j", (resource, condition) => {
    expect(messages(validateCondition(resource, condition))).toEqual([]);
  });
});

describe("validateCondition rejects with precise messages", () => {
  it.each<[string, Resource, unknown, string]>([
    [
      "unknown operator",
      "deal",
      { op: "like", path: "stageId", value: "x" },
      'condition.op: Unknown operator "like"; use one of eq, ne, in, lt, lte, gt, gte, and, or, not.',
    ],
    [
      "unknown path",
      "deal",
      { op: "eq", path: "owner", value: "x" },
      'condition.path: Unknown path "owner" on deal. Allowed:',
    ],
    [
      "unknown relation",
      "deal",
      { op: "eq", path: "owner.id", value: "x" },
      'deal has no relation "owner".',
    ],
    [
      "two hops",
      "deal",
      { op: "eq", path: "partner.responsible.id", value: "x" },
      'condition.path: Path "partner.responsible.id" crosses 2 relations; a condition may cross at most one.',
    ],
    [
      "internal path",
      "deal",
      { op: "startsWith", path: "responsible.managerPath", value: "/" },
      'Unknown operator "startsWith"',
    ],
    [
      "internal path with eq",
      "deal",
      { op: "eq", path: "responsible.managerPath", value: "/" },
      'Unknown path "responsible.managerPath"',
    ],
    [
      "unknown variable",
      "deal",
      { op: "eq", path: "responsibleId", value: "$boss" },
      "condition.value: Unknown variable $boss; use one of $me, $myDirection, $myDepartment, $myPartnerCompany.",
    ],
    [
      "variable of the wrong kind",
      "deal",
      { op: "eq", path: "stageId", value: "$me" },
      "condition.value: $me is an employee id, but stageId is a stage id.",
    ],
    [
      "enum value",
      "deal",
      { op: "eq", path: "status", value: "closed" },
      'condition.value: status is one of open, won, lost; "closed" does not fit.',
    ],
    [
      "ordering on a non-number",
      "deal",
      { op: "lt", path: "stageId", value: 3 },
      'condition.op: "lt" compares numbers, but stageId is a stage id.',
    ],
    [
      "ordering needs a number",
      "deal",
      { op: "gt", path: "amount", value: "big" },
      'condition.value: "gt" needs a number, got "big".',
    ],
    [
      "empty in",
      "deal",
      { op: "in", path: "stageId", values: [] },
      'condition.values: "in" needs a non-empty list in "values".',
    ],
    [
      "null in in",
      "deal",
      { op: "in", path: "partnerId", values: [null] },
      'condition.values[0]: "in" values cannot be null; use eq null.',
    ],
    [
      "null on a required field",
      "deal",
      { op: "eq", path: "stageId", value: null },
      "condition.value: stageId is never empty, so comparing it with null is pointless.",
    ],
    [
      "missing value",
      "deal",
      { op: "eq", path: "stageId" },
      'condition.value: "eq" needs a "value" (null allowed).',
    ],
    [
      "extra key",
      "deal",
      { op: "eq", path: "stageId", value: "s", values: [] },
      'condition.values: Unexpected key "values" in a eq condition (it takes op, path, value).',
    ],
    [
      "empty and",
      "deal",
      { op: "and", args: [] },
      'condition.args: "and" needs a non-empty list of conditions in "args".',
    ],
    [
      "nested problem path",
      "deal",
      {
        op: "or",
        args: [
          { op: "eq", path: "stageId", value: "s" },
          { op: "eq", path: "nope", value: 1 },
        ],
      },
      'condition.args[1].path: Unknown path "nope"',
    ],
    [
      "not an object",
      "deal",
      "stageId = 1",
      'condition: Expected a condition object, got "stageId = 1".',
    ],
    [
      "product has no responsible",
      "product",
      { op: "eq", path: "responsibleId", value: "$me" },
      'Unknown path "responsibleId" on product.',
    ],
  ])("%s", (_name, resource, condition, expected) => {
    const found = messages(validateCondition(resource, condition));
    expect(
      found.some((m) => m.includes(expected)),
      found.join("\n"),
    ).toBe(true);
  });

  it("limits depth", () => {
    let condition: unknown = { op: "eq", path: "stageId", value: "s" };
    for (let i = 0; i < 10; i += 1) condition = { op: "not", arg: condition };
    expect(messages(validateCondition("deal", condition)).join()).toContain("at most 8 levels");
  });
});

describe("validateGrant and validateOverride", () => {
  it.each<[string, unknown, string]>([
    [
      "unknown resource",
      { resource: "deals", action: "view", scope: "own" },
      'resource: Unknown resource "deals"; use one of company,',
    ],
    [
      "unknown action",
      { resource: "deal", action: "read", scope: "own" },
      'action: Unknown action "read"; use one of view, create, edit, delete, export, import, assign.',
    ],
    [
      "unknown scope",
      { resource: "deal", action: "view", scope: "team" },
      'scope: Unknown scope "team"; use one of none, own, subordinates, department, direction, project.',
    ],
    [
      "scope without a responsible",
      { resource: "product", action: "view", scope: "own" },
      'scope: Scope "own" does not apply to product, which has no responsible; use none or project.',
    ],
    [
      "settings are project-wide",
      { resource: "settings.roles", action: "edit", scope: "subordinates" },
      'Scope "subordinates" does not apply to settings.roles',
    ],
    [
      "bad condition",
      {
        resource: "deal",
        action: "edit",
        scope: "project",
        condition: { op: "eq", path: "x", value: 1 },
      },
      'condition.path: Unknown path "x" on deal.',
    ],
    ["not an object", "deal:view", "(root):"],
  ])("grant: %s", (_name, input, expected) => {
    const found = messages(validateGrant(input));
    expect(
      found.some((m) => m.includes(expected)),
      found.join("\n"),
    ).toBe(true);
  });

  it("returns the grant, condition defaulting to null", () => {
    expect(validateGrant({ resource: "deal", action: "view", scope: "own", roleId: "r" })).toEqual({
      ok: true,
      value: { resource: "deal", action: "view", scope: "own", condition: null },
    });
  });

  it.each<[string, unknown, string]>([
    [
      "unknown effect",
      { resource: "deal", action: "view", effect: "block" },
      'effect: Unknown effect "block"; use allow or deny.',
    ],
    [
      "bad condition",
      {
        resource: "activity",
        action: "delete",
        effect: "deny",
        condition: { op: "eq", path: "kind", value: "fax" },
      },
      "kind is one of call, meeting, note, email",
    ],
  ])("override: %s", (_name, input, expected) => {
    const found = messages(validateOverride(input));
    expect(
      found.some((m) => m.includes(expected)),
      found.join("\n"),
    ).toBe(true);
  });

  it("accepts a valid override", () => {
    expect(validateOverride({ resource: "contact", action: "delete", effect: "allow" }).ok).toBe(
      true,
    );
  });
});
