import { describe, expect, it } from "vitest";

import type { TCustomField, TCustomSection } from "./card-types";
import {
  changedCustomValues,
  findCustomProblems,
  findValueProblem,
  toApiValue,
  toFormValues,
} from "./custom-values";

function field(overrides: Partial<TCustomField> & Pick<TCustomField, "id" | "type">): TCustomField {
  return {
    key: overrides.id,
    label: overrides.id,
    options: null,
    required: false,
    value: null,
    ...overrides,
  };
}

function section(access: "read" | "write", fields: TCustomField[]): TCustomSection {
  return { id: `s-${access}`, name: access, position: 0, isDefault: false, access, fields };
}

const employees = field({ id: "employees", type: "number", value: "120" });
const vatPayer = field({ id: "vat", type: "checkbox", value: null });
const billing = field({ id: "billing", type: "email", value: "billing@acme.example" });
const strategy = field({ id: "strategy", type: "text", value: "Grow" });
const segment = field({
  id: "segment",
  type: "select",
  options: ["SMB", "Enterprise"],
  value: "SMB",
});

describe("toApiValue", () => {
  it("reads a Czech or Russian number as the API writes it", () => {
    expect(toApiValue(employees, "1 250,5")).toBe("1250.5");
    expect(toApiValue(employees, "12\u00a0000")).toBe("12000");
  });

  it("sends empty text as no value and a checkbox as a flag", () => {
    expect(toApiValue(billing, "  ")).toBeNull();
    expect(toApiValue(vatPayer, false)).toBe(false);
  });
});

describe("changedCustomValues", () => {
  const sections = [section("write", [employees, vatPayer, segment]), section("read", [strategy])];

  it("sends only what the reader changed in sections they may write", () => {
    const values = { ...toFormValues(sections), employees: "130", strategy: "Shrink" };
    expect(changedCustomValues(sections, values)).toEqual({ employees: "130" });
  });

  it("treats an untouched empty checkbox as unchanged, and clearing a value as null", () => {
    const values = { ...toFormValues(sections), segment: "" };
    expect(changedCustomValues(sections, values)).toEqual({ segment: null });
  });

  it("sees no change when only the formatting of a number differs", () => {
    expect(
      changedCustomValues(sections, { ...toFormValues(sections), employees: " 120 " }),
    ).toEqual({});
  });
});

describe("findValueProblem", () => {
  it.each([
    [employees, "many", "errors.validation.number"],
    [billing, "not-an-address", "errors.validation.email"],
    [field({ id: "site", type: "url" }), "just words", "errors.validation.url"],
    [field({ id: "name", type: "text", required: true }), " ", "errors.validation.required"],
    [segment, "Gigantic", "errors.fieldInvalid"],
  ] as const)("refuses what the API would refuse (%#)", (target, value, key) => {
    expect(findValueProblem(target, value)).toMatchObject({ key });
  });

  it("accepts what the API accepts", () => {
    expect(findValueProblem(employees, "12,5")).toBeNull();
    expect(findValueProblem(billing, "a@b.example")).toBeNull();
  });
});

describe("findCustomProblems", () => {
  it("judges only the changed fields, so an old bad value does not block another edit", () => {
    const legacy = field({ id: "legacy", type: "email", value: "not valid", required: false });
    const sections = [section("write", [legacy, employees])];
    const values = { ...toFormValues(sections), employees: "x" };
    expect(Object.keys(findCustomProblems(sections, values))).toEqual(["employees"]);
  });
});
