/**
 * Every loop in a forest given by parent links, each reported once, as the ids around it
 * starting where the walk first met it and ending on that id again (`a → b → a`).
 */
export function findCycles(
  ids: readonly string[],
  parentOf: (id: string) => string | null | undefined,
): string[][] {
  const loops: string[][] = [];
  const reported = new Set<string>();
  for (const start of ids) {
    const seen: string[] = [];
    for (let at: string | null = start; at !== null; at = parentOf(at) ?? null) {
      const index = seen.indexOf(at);
      if (index >= 0) {
        const loop = seen.slice(index);
        const key = [...loop].sort().join("|");
        if (!reported.has(key)) {
          reported.add(key);
          loops.push([...loop, at]);
        }
        break;
      }
      seen.push(at);
    }
  }
  return loops;
}
