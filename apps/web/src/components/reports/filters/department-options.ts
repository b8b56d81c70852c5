/** Departments indented under their parent, in tree order (`path` is `/root/…/self/`). */
export function departmentOptions(
  departments: readonly { id: string; name: string; path: string }[],
): { value: string; label: string }[] {
  return departments.map((department) => {
    const depth = Math.max(department.path.split("/").filter(Boolean).length - 1, 0);
    return { value: department.id, label: `${"\u2003".repeat(depth)}${department.name}` };
  });
}
