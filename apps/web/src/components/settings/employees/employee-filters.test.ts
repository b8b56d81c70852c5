import { describe, expect, it } from "vitest";

import { filterEmployees, hasFilters, type TEmployeeFilters } from "./employee-filters";

const NONE: TEmployeeFilters = { userType: null, status: null, departmentId: null, branchId: null };

const PEOPLE = [
  { id: "a", userType: "employee", status: "active", departmentId: "d1", branchId: "b1" },
  { id: "b", userType: "employee", status: "blocked", departmentId: "d2", branchId: "b1" },
  { id: "c", userType: "administration", status: "active", departmentId: "d1", branchId: null },
] as const;

describe("filterEmployees", () => {
  it("keeps everyone without filters", () => {
    expect(hasFilters(NONE)).toBe(false);
    expect(filterEmployees(PEOPLE, NONE).map((p) => p.id)).toEqual(["a", "b", "c"]);
  });

  it("needs every filter set to match", () => {
    const filters = { ...NONE, userType: "employee", departmentId: "d1" } as const;
    expect(hasFilters(filters)).toBe(true);
    expect(filterEmployees(PEOPLE, filters).map((p) => p.id)).toEqual(["a"]);
  });

  it("filters by status and branch", () => {
    expect(filterEmployees(PEOPLE, { ...NONE, status: "blocked" }).map((p) => p.id)).toEqual(["b"]);
    expect(filterEmployees(PEOPLE, { ...NONE, branchId: "b1" }).map((p) => p.id)).toEqual([
      "a",
      "b",
    ]);
  });
});
