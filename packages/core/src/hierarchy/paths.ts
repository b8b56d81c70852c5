import { validateDepartmentParent } from "./departments";
import { validateManager } from "./employees";
import type { HierarchyDepartment, HierarchyEmployee, MovePlan, PathUpdate } from "./types";

// Materialised paths (data contract): `/top/.../me/`, the node's own id last. A move
// rewrites the prefix of the moved node and of everything below it; nothing else changes
// (records reach them through relations). The caller must bump the permission version.

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

type Node = { id: string; parentId: string | null; path?: string };

/** Paths computed from the parent links; nodes on a cycle or under a missing parent get none. */
export function computePaths(nodes: readonly Node[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const paths = new Map<string, string>();
  const visit = (node: Node, trail: Set<string>): string | undefined => {
    const known = paths.get(node.id);
    if (known) return known;
    if (trail.has(node.id)) return undefined;
    trail.add(node.id);
    let parentPath: string | null = null;
    if (node.parentId !== null) {
      const parent = byId.get(node.parentId);
      const found = parent ? visit(parent, trail) : undefined;
      if (found === undefined) return undefined;
      parentPath = found;
    }
    const path = childPath(parentPath, node.id);
    paths.set(node.id, path);
    return path;
  };
  for (const node of nodes) visit(node, new Set());
  return paths;
}

/**
 * Recomputes every path with the moved node under its new parent and returns those that
 * differ from what is stored (or would be computed today): the moved subtree, plus any
 * path that had drifted.
 */
function planMove(nodes: readonly Node[], id: string, newParentId: string | null): PathUpdate[] {
  const before = computePaths(nodes);
  const after = computePaths(
    nodes.map((node) => (node.id === id ? { ...node, parentId: newParentId } : node)),
  );
  const updates: PathUpdate[] = [];
  for (const node of nodes) {
    const path = after.get(node.id);
    if (path !== undefined && path !== (node.path ?? before.get(node.id)))
      updates.push({ id: node.id, path });
  }
  return updates;
}

/** Validates giving `employeeId` a new responsible and returns every managerPath to rewrite. */
export function planManagerMove(
  employees: readonly HierarchyEmployee[],
  employeeId: string,
  newManagerId: string | null,
): MovePlan {
  const employee = employees.find((e) => e.id === employeeId);
  if (!employee) {
    return {
      ok: false,
      issues: [
        {
          code: "manager-unknown",
          employeeId,
          message: `Employee ${employeeId} is not in this project.`,
        },
      ],
    };
  }
  const issues = validateManager(employee, newManagerId, employees);
  if (issues.length > 0) return { ok: false, issues };
  const nodes = employees.map((e) => ({
    id: e.id,
    parentId: e.managerId,
    ...(e.managerPath ? { path: e.managerPath } : {}),
  }));
  return { ok: true, updates: planMove(nodes, employeeId, newManagerId) };
}

/** Validates moving a department under `newParentId` and returns every path to rewrite. */
export function planDepartmentMove(
  departments: readonly HierarchyDepartment[],
  departmentId: string,
  newParentId: string | null,
): MovePlan {
  const department = departments.find((d) => d.id === departmentId);
  if (!department) {
    return {
      ok: false,
      issues: [
        {
          code: "parent-unknown",
          departmentId,
          message: `Department ${departmentId} is not in this project.`,
        },
      ],
    };
  }
  const issues = validateDepartmentParent(department, newParentId, departments);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, updates: planMove(departments, departmentId, newParentId) };
}
