/** What the tree needs of a department (the API's `org.listDepartments` rows). */
export type TDepartmentRow = {
  id: string;
  name: string;
  parentId: string | null;
  position: number;
  version: number;
  employeeCount: number;
};

export type TDepartmentNode<D extends TDepartmentRow = TDepartmentRow> = {
  department: D;
  depth: number;
  children: TDepartmentNode<D>[];
};

function byPositionThenName(a: TDepartmentRow, b: TDepartmentRow): number {
  return a.position - b.position || a.name.localeCompare(b.name);
}

/**
 * The departments as a tree. A department whose parent is not in the list (it should not
 * happen; the database keeps the tree whole) is shown at the top rather than lost.
 */
export function buildDepartmentTree<D extends TDepartmentRow>(
  departments: readonly D[],
): TDepartmentNode<D>[] {
  const ids = new Set(departments.map((department) => department.id));
  const childrenOf = new Map<string | null, D[]>();
  for (const department of departments) {
    const parent = department.parentId && ids.has(department.parentId) ? department.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), department]);
  }
  const seen = new Set<string>();
  const grow = (parentId: string | null, depth: number): TDepartmentNode<D>[] =>
    [...(childrenOf.get(parentId) ?? [])]
      .sort(byPositionThenName)
      .filter((department) => !seen.has(department.id) && seen.add(department.id))
      .map((department) => ({ department, depth, children: grow(department.id, depth + 1) }));
  return grow(null, 0);
}

/** The tree in reading order, each department once, with its depth: for a flat picker. */
export function flattenDepartmentTree<D extends TDepartmentRow>(
  nodes: readonly TDepartmentNode<D>[],
): { department: D; depth: number }[] {
  return nodes.flatMap((node) => [
    { department: node.department, depth: node.depth },
    ...flattenDepartmentTree(node.children),
  ]);
}

/** The names from the top down to the department: "Company › Sales › Sales Prague". */
export function departmentPath(departments: readonly TDepartmentRow[], id: string): string[] {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const names: string[] = [];
  for (
    let at = byId.get(id);
    at && names.length <= departments.length;
    at = at.parentId ? byId.get(at.parentId) : undefined
  ) {
    names.unshift(at.name);
  }
  return names;
}

/**
 * The departments as choices for a select, in tree order. The name comes first so typing its
 * first letters finds it; the path after it tells two "Sales" apart.
 */
export function departmentChoices(
  departments: readonly TDepartmentRow[],
  options: { except?: string } = {},
): { value: string; label: string }[] {
  return flattenDepartmentTree(buildDepartmentTree(departments))
    .filter(({ department }) => department.id !== options.except)
    .map(({ department }) => {
      const above = departmentPath(departments, department.id).slice(0, -1);
      return {
        value: department.id,
        label: above.length > 0 ? `${department.name} (${above.join(" › ")})` : department.name,
      };
    });
}
