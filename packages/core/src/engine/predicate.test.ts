import { describe, expect, it } from "vitest";

import {
  ALWAYS,
  and,
  countBindParameters,
  NEVER,
  not,
  or,
  toNegationNormalForm,
  type Predicate,
} from "./predicate";

const a: Predicate = { op: "eq", path: "stageId", value: "s1" };
const b: Predicate = { op: "eq", path: "responsibleId", value: "me" };
const nullableEq: Predicate = { op: "eq", path: "partner.responsibleId", value: "me" };
const nullable = (path: string) => path.includes(".") || path === "directionId";

describe("and / or simplify constant branches", () => {
  it.each<[string, Predicate, Predicate]>([
    ["and() is always", and(), ALWAYS],
    ["or() is never", or(), NEVER],
    ["and with never is never", and(a, NEVER), NEVER],
    ["or with always is always", or(a, ALWAYS), ALWAYS],
    ["and drops always", and(a, ALWAYS), a],
    ["or drops never", or(NEVER, a), a],
    ["duplicates collapse", and(a, a), a],
    ["nested and flattens", and(a, and(b, a)), { op: "and", args: [a, b] }],
    ["not(always) is never", not(ALWAYS), NEVER],
    ["not(not(x)) is x", not(not(a)), a],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe("negation normal form keeps two-valued meaning in SQL", () => {
  it.each<[string, Predicate, Predicate]>([
    ["not eq on a non-null path", not(a), { op: "ne", path: "stageId", value: "s1" }],
    [
      "not eq on a nullable path adds IS NULL",
      not(nullableEq),
      {
        op: "or",
        args: [
          { op: "isNull", path: "partner.responsibleId" },
          { op: "ne", path: "partner.responsibleId", value: "me" },
        ],
      },
    ],
    [
      "not in on a nullable path",
      not({ op: "in", path: "directionId", values: ["x", "y"] }),
      {
        op: "or",
        args: [
          { op: "isNull", path: "directionId" },
          { op: "notIn", path: "directionId", values: ["x", "y"] },
        ],
      },
    ],
    [
      "not lt is gte",
      not({ op: "lt", path: "amount", value: 5 }),
      { op: "gte", path: "amount", value: 5 },
    ],
    [
      "not isNull",
      not({ op: "isNull", path: "partnerId" }),
      { op: "isNotNull", path: "partnerId" },
    ],
    [
      "de Morgan over and",
      not(and(a, b)),
      {
        op: "or",
        args: [
          { op: "ne", path: "stageId", value: "s1" },
          { op: "ne", path: "responsibleId", value: "me" },
        ],
      },
    ],
    ["double negation", not(not(a)), a],
    ["not in [] is always", not({ op: "in", path: "stageId", values: [] }), ALWAYS],
  ])("%s", (_name, input, expected) => {
    expect(toNegationNormalForm(input, nullable)).toEqual(expected);
  });

  it("never leaves a not node behind", () => {
    const tree = toNegationNormalForm(not(or(not(and(a, nullableEq)), not(b))), nullable);
    expect(JSON.stringify(tree)).not.toContain('"not"');
  });
});

describe("countBindParameters", () => {
  it.each<[Predicate, number]>([
    [ALWAYS, 0],
    [a, 1],
    [{ op: "isNull", path: "partnerId" }, 0],
    [{ op: "in", path: "stageId", values: ["a", "b", "c"] }, 3],
    [and(a, or(b, { op: "startsWith", path: "department.path", value: "/d/" })), 3],
  ])("%j has %i", (tree, count) => {
    expect(countBindParameters(tree)).toBe(count);
  });
});
