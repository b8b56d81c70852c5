import { describe, expect, it } from "vitest";

import { validateDepartmentParent, validateDepartmentTree } from "./departments";
import { validateManager, validateOrgChart, validateUserTypeChange } from "./employees";
import { computePaths, planDepartmentMove, planManagerMove } from "./paths";
import type { HierarchyDepartment, HierarchyEmployee } from "./types";

const novak: HierarchyEmployee = {
  id: "novak",
  name: "Novak",
  userType: "admin",
  managerId: null,
  managerPath: "/novak/",
};
const svoboda: HierarchyEmployee = {
  id: "svoboda",
  name: "Svoboda",
  userType: "admin",
  managerId: null,
  managerPath: "/svoboda/",
};
const petrov: HierarchyEmployee = {
  id: "petrov",
  name: "Petrov",
  userType: "administration",
  managerId: "novak",
  managerPath: "/novak/petrov/",
};
const sidorov: HierarchyEmployee = {
  id: "sidorov",
  name: "Sidorov",
  userType: "administration",
  managerId: "novak",
  managerPath: "/novak/sidorov/",
};
const ivanova: HierarchyEmployee = {
  id: "ivanova",
  name: "Ivanova",
  userType: "employee",
  managerId: "petrov",
  managerPath: "/novak/petrov/ivanova/",
};
const kuznetsova: HierarchyEmployee = {
  id: "kuz",
  name: "Kuznetsova",
  userType: "employee",
  managerId: "petrov",
  managerPath: "/novak/petrov/kuz/",
};
const org = [novak, svoboda, petrov, sidorov, ivanova, kuznetsova];

describe("validateUserTypeChange", () => {
  it("keeps the type", () => expect(validateUserTypeChange(ivanova, "employee")).toEqual([]));
  it("refuses a change with a message that says what to do", () => {
    expect(validateUserTypeChange(ivanova, "administration")).toEqual([
      {
        code: "user-type-fixed",
        employeeId: "ivanova",
        message:
          "User type is fixed at creation: Ivanova was created as Employee and cannot become Administration. Create a new employee instead.",
      },
    ]);
  });
});

describe("validateManager", () => {
  it.each<[string, HierarchyEmployee, string | null, string | null]>([
    ["Employee under Administration", ivanova, "sidorov", null],
    ["Administration under Admin", petrov, "svoboda", null],
    ["Admin without responsible", novak, null, null],
    [
      "Employee without responsible",
      ivanova,
      null,
      "Ivanova is an Employee and needs exactly one responsible, who must be an Administration user.",
    ],
    [
      "Employee under Employee",
      ivanova,
      "kuz",
      "The responsible of an Employee must be an Administration user; Kuznetsova is an Employee.",
    ],
    [
      "Employee under Admin",
      ivanova,
      "novak",
      "The responsible of an Employee must be an Administration user; Novak is an Admin.",
    ],
    [
      "Administration under Administration",
      petrov,
      "sidorov",
      "The responsible of an Administration user must be an Admin; Sidorov is an Administration user.",
    ],
    [
      "Administration without responsible",
      petrov,
      null,
      "Petrov is an Administration user and needs exactly one responsible, who must be an Admin.",
    ],
    [
      "Admin with a responsible",
      novak,
      "svoboda",
      "Novak is an Admin; an Admin has no responsible.",
    ],
    [
      "self",
      { ...petrov, userType: "employee" },
      "petrov",
      "Petrov cannot be their own responsible.",
    ],
    [
      "unknown",
      ivanova,
      "ghost",
      "The responsible chosen for Ivanova (ghost) is not an employee of this project.",
    ],
  ])("%s", (_name, employee, managerId, message) => {
    const issues = validateManager(employee, managerId, org);
    expect(issues.map((i) => i.message)).toEqual(message ? [message] : []);
  });

  it("another project's employee is unknown", () => {
    const employees = [
      { ...petrov, projectId: "p2" },
      { ...ivanova, projectId: "p1" },
    ];
    expect(validateManager(employees[1] as HierarchyEmployee, "petrov", employees)[0]?.code).toBe(
      "manager-unknown",
    );
  });

  it("finds a cycle even where imported data broke the type rules", () => {
    const a: HierarchyEmployee = {
      id: "a",
      name: "A",
      userType: "administration",
      managerId: null,
    };
    const b: HierarchyEmployee = { id: "b", name: "B", userType: "admin", managerId: "a" };
    expect(validateManager(a, "b", [a, b]).map((i) => i.message)).toEqual([
      "Making B the responsible of A would create a cycle: A → B → A.",
    ]);
  });
});

describe("validateOrgChart", () => {
  it("accepts a valid chart", () => expect(validateOrgChart(org)).toEqual([]));

  it("reports each broken rule and each cycle once", () => {
    const x: HierarchyEmployee = { id: "x", name: "X", userType: "admin", managerId: "y" };
    const y: HierarchyEmployee = { id: "y", name: "Y", userType: "admin", managerId: "x" };
    const messages = validateOrgChart([
      x,
      y,
      { ...ivanova, managerId: "kuz" },
      kuznetsova,
      petrov,
      novak,
    ]).map((i) => i.message);
    expect(messages).toEqual([
      "X is an Admin; an Admin has no responsible.",
      "Y is an Admin; an Admin has no responsible.",
      "The responsible of an Employee must be an Administration user; Kuznetsova is an Employee.",
      "The manager chain has a cycle: X → Y → X.",
    ]);
  });
});

const sales: HierarchyDepartment = { id: "sales", name: "Sales", parentId: null, path: "/sales/" };
const east: HierarchyDepartment = {
  id: "east",
  name: "Sales East",
  parentId: "sales",
  path: "/sales/east/",
};
const prague: HierarchyDepartment = {
  id: "prague",
  name: "Prague",
  parentId: "east",
  path: "/sales/east/prague/",
};
const hr: HierarchyDepartment = { id: "hr", name: "HR", parentId: null, path: "/hr/" };
const tree = [sales, east, prague, hr];

describe("departments", () => {
  it.each<[string, HierarchyDepartment, string | null, string | null]>([
    ["to the top", east, null, null],
    ["under a sibling tree", east, "hr", null],
    ["under itself", sales, "sales", "Sales cannot be placed under itself."],
    [
      "under its own descendant",
      sales,
      "prague",
      "Moving Sales under Prague would create a cycle: Prague is inside Sales (Prague → Sales East → Sales).",
    ],
    [
      "under an unknown one",
      sales,
      "nope",
      "The parent chosen for Sales (nope) is not a department of this project.",
    ],
  ])("%s", (_name, department, parentId, message) => {
    expect(validateDepartmentParent(department, parentId, tree).map((i) => i.message)).toEqual(
      message ? [message] : [],
    );
  });

  it("validates a whole tree", () => {
    expect(validateDepartmentTree(tree)).toEqual([]);
    const broken = [{ ...sales, parentId: "prague" }, east, prague, { ...hr, parentId: "gone" }];
    expect(validateDepartmentTree(broken).map((i) => i.message)).toEqual([
      "The parent of HR (gone) is not a department of this project.",
      "The department tree has a cycle: Sales → Prague → Sales East → Sales.",
    ]);
  });
});

describe("paths for a move", () => {
  it("computes paths from parent links", () => {
    expect(computePaths(tree.map(({ path: _path, ...d }) => d))).toEqual(
      new Map([
        ["sales", "/sales/"],
        ["east", "/sales/east/"],
        ["prague", "/sales/east/prague/"],
        ["hr", "/hr/"],
      ]),
    );
  });

  it("moves a department and everything under it", () => {
    expect(planDepartmentMove(tree, "east", "hr")).toEqual({
      ok: true,
      updates: [
        { id: "east", path: "/hr/east/" },
        { id: "prague", path: "/hr/east/prague/" },
      ],
    });
  });

  it("refuses a move that makes a cycle", () => {
    const plan = planDepartmentMove(tree, "sales", "prague");
    expect(plan.ok).toBe(false);
  });

  it("moves an Administration user with their Employees to another Admin", () => {
    expect(planManagerMove(org, "petrov", "svoboda")).toEqual({
      ok: true,
      updates: [
        { id: "petrov", path: "/svoboda/petrov/" },
        { id: "ivanova", path: "/svoboda/petrov/ivanova/" },
        { id: "kuz", path: "/svoboda/petrov/kuz/" },
      ],
    });
  });

  it("moves one Employee to another Administration user", () => {
    expect(planManagerMove(org, "ivanova", "sidorov")).toEqual({
      ok: true,
      updates: [{ id: "ivanova", path: "/novak/sidorov/ivanova/" }],
    });
  });

  it("refuses a move that breaks the rules", () => {
    const plan = planManagerMove(org, "ivanova", "kuz");
    expect(plan.ok ? [] : plan.issues.map((i) => i.code)).toEqual(["manager-wrong-type"]);
  });
});
