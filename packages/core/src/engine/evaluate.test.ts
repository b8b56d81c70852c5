import { describe, expect, it } from "vitest";

import { compilePredicate, evaluatePredicate, evaluateSql, readPath } from "./evaluate";
import type { Predicate } from "./predicate";
import type { EngineRecord } from "./types";

const deal: EngineRecord = {
  stageId: "s1",
  amount: { toString: () => "1500.50", valueOf: () => "1500.50" }, // a Decimal-like object
  partnerId: null,
  partner: null,
  company: { responsibleId: "me" },
  responsible: { managerPath: "/a/b/" },
};

const cases: [string, Predicate, boolean, boolean | null][] = [
  // [name, predicate, two-valued, SQL]
  ["eq holds", { op: "eq", path: "stageId", value: "s1" }, true, true],
  ["eq fails", { op: "eq", path: "stageId", value: "s2" }, false, false],
  ["eq on null is unknown in SQL", { op: "eq", path: "partnerId", value: "c" }, false, null],
  ["ne on null is unknown in SQL", { op: "ne", path: "partnerId", value: "c" }, false, null],
  [
    "absent relation reads as null",
    { op: "eq", path: "partner.responsibleId", value: "me" },
    false,
    null,
  ],
  ["one hop", { op: "eq", path: "company.responsibleId", value: "me" }, true, true],
  ["decimal compares as number", { op: "gt", path: "amount", value: 1500 }, true, true],
  ["decimal lte", { op: "lte", path: "amount", value: 1500 }, false, false],
  ["in", { op: "in", path: "stageId", values: ["s0", "s1"] }, true, true],
  ["notIn", { op: "notIn", path: "stageId", values: ["s0", "s1"] }, false, false],
  ["startsWith", { op: "startsWith", path: "responsible.managerPath", value: "/a/" }, true, true],
  ["isNull", { op: "isNull", path: "partner.responsibleId" }, true, true],
  ["isNotNull", { op: "isNotNull", path: "stageId" }, true, true],
  [
    "not over unknown stays unknown",
    { op: "not", arg: { op: "eq", path: "partnerId", value: "c" } },
    true,
    null,
  ],
  [
    "or with unknown and true",
    { op: "or", args: [{ op: "eq", path: "partnerId", value: "c" }, { op: "always" }] },
    true,
    true,
  ],
  [
    "and with unknown and true",
    { op: "and", args: [{ op: "eq", path: "partnerId", value: "c" }, { op: "always" }] },
    false,
    null,
  ],
];

describe("evaluators", () => {
  it.each(cases)("%s", (_name, predicate, twoValued, sql) => {
    expect(evaluatePredicate(predicate, deal)).toBe(twoValued);
    expect(compilePredicate(predicate)(deal)).toBe(twoValued);
    expect(evaluateSql(predicate, deal)).toBe(sql);
  });

  it("reads undefined fields and non-object relations as null", () => {
    expect(readPath({}, "stageId")).toBeNull();
    expect(readPath({ partner: "x" }, "partner.responsibleId")).toBeNull();
    expect(readPath({ partner: { responsibleId: undefined } }, "partner.responsibleId")).toBeNull();
  });
});
