import type { UserType } from "../engine/vocabulary";
import { USER_TYPE_LABELS } from "../engine/labels";
import { findCycles } from "./find-cycles";
import { nameOf, typeName } from "./labels";
import type { HierarchyEmployee, HierarchyIssue } from "./types";

// The hierarchy rules of PERMISSIONS.md (from the Inclient guide): user type fixed at
// creation; an Employee's responsible is exactly one Administration user; an
// Administration user's responsible is an Admin; an Admin has none; no cycles.

/** C2: the user type chosen at creation never changes. */
export function validateUserTypeChange(
  employee: Pick<HierarchyEmployee, "id" | "name" | "userType">,
  next: UserType,
): HierarchyIssue[] {
  if (employee.userType === next) return [];
  return [
    {
      code: "user-type-fixed",
      employeeId: employee.id,
      message: `User type is fixed at creation: ${nameOf(employee)} was created as ${USER_TYPE_LABELS[employee.userType]} and cannot become ${USER_TYPE_LABELS[next]}. Create a new employee instead.`,
    },
  ];
}

const REQUIRED_MANAGER: Record<UserType, UserType | null> = {
  admin: null,
  administration: "admin",
  employee: "administration",
};

/** Checks giving `employee` the responsible `managerId` against the others in the project. */
export function validateManager(
  employee: HierarchyEmployee,
  managerId: string | null,
  employees: readonly HierarchyEmployee[],
): HierarchyIssue[] {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const who = nameOf(employee);
  const issue = (code: HierarchyIssue["code"], message: string): HierarchyIssue[] => [
    { code, message, employeeId: employee.id },
  ];
  const required = REQUIRED_MANAGER[employee.userType];
  if (managerId === null) {
    return required === null
      ? []
      : issue(
          "manager-required",
          `${who} is ${typeName(employee.userType)} and needs exactly one responsible, who must be ${typeName(required)}.`,
        );
  }
  if (required === null) {
    return issue("manager-not-allowed", `${who} is an Admin; an Admin has no responsible.`);
  }
  if (managerId === employee.id) {
    return issue("self-reference", `${who} cannot be their own responsible.`);
  }
  const manager = byId.get(managerId);
  if (
    !manager ||
    (employee.projectId && manager.projectId && manager.projectId !== employee.projectId)
  ) {
    return issue(
      "manager-unknown",
      `The responsible chosen for ${who} (${managerId}) is not an employee of this project.`,
    );
  }
  if (manager.userType !== required) {
    return issue(
      "manager-wrong-type",
      `The responsible of ${typeName(employee.userType)} must be ${typeName(required)}; ${nameOf(manager)} is ${typeName(manager.userType)}.`,
    );
  }
  const chain = [employee.id, manager.id];
  for (let at = manager.managerId; at !== null; at = byId.get(at)?.managerId ?? null) {
    chain.push(at);
    if (at === employee.id) {
      const names = chain.map((id) => nameOf(byId.get(id), id)).join(" → ");
      return issue(
        "cycle",
        `Making ${nameOf(manager)} the responsible of ${who} would create a cycle: ${names}.`,
      );
    }
    if (chain.length > employees.length + 1) break;
  }
  return [];
}

/** Every rule over a whole org chart, each cycle reported once. */
export function validateOrgChart(employees: readonly HierarchyEmployee[]): HierarchyIssue[] {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const issues: HierarchyIssue[] = [];
  for (const employee of employees) {
    issues.push(
      ...validateManager(employee, employee.managerId, employees).filter((i) => i.code !== "cycle"),
    );
  }
  for (const loop of findCycles(
    employees.map((e) => e.id),
    (id) => byId.get(id)?.managerId,
  )) {
    const names = loop.map((id) => nameOf(byId.get(id), id)).join(" → ");
    issues.push({
      code: "cycle",
      employeeId: loop[loop.length - 1],
      message: `The manager chain has a cycle: ${names}.`,
    });
  }
  return issues;
}
