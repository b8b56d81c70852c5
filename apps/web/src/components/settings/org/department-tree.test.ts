import { describe, expect, it } from "vitest";

import {
  buildDepartmentTree,
  departmentChoices,
  departmentPath,
  flattenDepartmentTree,
  type TDepartmentRow,
} from "./department-tree";

function row(id: string, parentId: string | null, position = 0): TDepartmentRow {
  return { id, name: id, parentId, position, version: 1, employeeCount: 0 };
}

const ROWS = [
  row("Sales Prague", "Sales", 0),
  row("Company", null),
  row("Service", "Company", 2),
  row("Sales", "Company", 1),
  row("Sales Brno", "Sales", 0),
];

describe("buildDepartmentTree", () => {
  it("nests children under parents, by position and then name", () => {
    const flat = flattenDepartmentTree(buildDepartmentTree(ROWS)).map(
      ({ department, depth }) => `${depth}:${department.name}`,
    );
    expect(flat).toEqual(["0:Company", "1:Sales", "2:Sales Brno", "2:Sales Prague", "1:Service"]);
  });

  it("keeps a department whose parent is missing, at the top", () => {
    const tree = buildDepartmentTree([row("Orphan", "gone"), row("Company", null)]);
    expect(tree.map((node) => node.department.name)).toEqual(["Company", "Orphan"]);
  });

  it("never loops on a cycle in bad data", () => {
    const tree = buildDepartmentTree([row("A", "B"), row("B", "A")]);
    expect(flattenDepartmentTree(tree)).toEqual([]);
  });
});

describe("departmentPath", () => {
  it("names the chain from the top", () => {
    expect(departmentPath(ROWS, "Sales Prague")).toEqual(["Company", "Sales", "Sales Prague"]);
  });

  it("stops on a cycle", () => {
    expect(departmentPath([row("A", "B"), row("B", "A")], "A").length).toBeLessThanOrEqual(3);
  });
});

describe("departmentChoices", () => {
  it("names each department first, then where it sits, leaving one out on request", () => {
    expect(departmentChoices(ROWS, { except: "Service" })).toEqual([
      { value: "Company", label: "Company" },
      { value: "Sales", label: "Sales (Company)" },
      { value: "Sales Brno", label: "Sales Brno (Company › Sales)" },
      { value: "Sales Prague", label: "Sales Prague (Company › Sales)" },
    ]);
  });
});
