import { findCycles } from "./find-cycles";
import { nameOf } from "./labels";
import type { HierarchyDepartment, HierarchyIssue } from "./types";

// B1: departments form a tree; moving one can never make a cycle.

export function validateDepartmentParent(
  department: HierarchyDepartment,
  parentId: string | null,
  departments: readonly HierarchyDepartment[],
): HierarchyIssue[] {
  if (parentId === null) return [];
  const byId = new Map(departments.map((d) => [d.id, d]));
  const who = nameOf(department);
  const issue = (code: HierarchyIssue["code"], message: string): HierarchyIssue[] => [
    { code, message, departmentId: department.id },
  ];
  if (parentId === department.id)
    return issue("self-reference", `${who} cannot be placed under itself.`);
  const parent = byId.get(parentId);
  if (!parent)
    return issue(
      "parent-unknown",
      `The parent chosen for ${who} (${parentId}) is not a department of this project.`,
    );
  const chain = [parent.id];
  for (let at = parent.parentId; at !== null; at = byId.get(at)?.parentId ?? null) {
    if (at === department.id) {
      return issue(
        "cycle",
        `Moving ${who} under ${nameOf(parent)} would create a cycle: ${nameOf(parent)} is inside ${who} (${[...chain, at].map((id) => nameOf(byId.get(id), id)).join(" → ")}).`,
      );
    }
    chain.push(at);
    if (chain.length > departments.length) break;
  }
  return [];
}

/** Every department's parent exists and the tree has no cycle. */
export function validateDepartmentTree(
  departments: readonly HierarchyDepartment[],
): HierarchyIssue[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const issues: HierarchyIssue[] = [];
  for (const department of departments) {
    if (department.parentId !== null && !byId.has(department.parentId)) {
      issues.push({
        code: "parent-unknown",
        departmentId: department.id,
        message: `The parent of ${nameOf(department)} (${department.parentId}) is not a department of this project.`,
      });
    }
  }
  for (const loop of findCycles(
    departments.map((d) => d.id),
    (id) => byId.get(id)?.parentId,
  )) {
    const names = loop.map((id) => nameOf(byId.get(id), id)).join(" → ");
    issues.push({
      code: "cycle",
      departmentId: loop[loop.length - 1],
      message: `The department tree has a cycle: ${names}.`,
    });
  }
  return issues;
}
