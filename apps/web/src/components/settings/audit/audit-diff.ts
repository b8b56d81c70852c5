export type TDiffChange = "added" | "removed" | "changed";

/** One value that differs between an audit entry's before and after. */
export type TDiffRow = {
  /** Where it sits, e.g. `name` or `address.city`; empty when the whole value is one. */
  path: string;
  change: TDiffChange;
  before: unknown;
  after: unknown;
};

export type TAuditDiff = { rows: TDiffRow[]; unchanged: number };

const MAX_DEPTH = 3;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, prefix: string, depth: number, into: Map<string, unknown>): void {
  if (isPlainObject(value) && depth < MAX_DEPTH && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, depth + 1, into);
    }
    return;
  }
  into.set(prefix, value);
}

function flat(value: unknown): Map<string, unknown> {
  const into = new Map<string, unknown>();
  if (value === null || value === undefined) return into;
  flatten(value, "", 0, into);
  return into;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What an audit entry changed, value by value: nested objects are followed a few levels (so
 * `address.city` shows alone), lists are compared whole. A create has only an after, a delete
 * only a before; what stayed the same is counted, not listed.
 */
export function diffAudit(before: unknown, after: unknown): TAuditDiff {
  const left = flat(before);
  const right = flat(after);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  const rows: TDiffRow[] = [];
  let unchanged = 0;
  for (const path of paths) {
    const inLeft = left.has(path);
    const inRight = right.has(path);
    const b = left.get(path);
    const a = right.get(path);
    if (inLeft && inRight && same(b, a)) {
      unchanged += 1;
      continue;
    }
    const change: TDiffChange = !inLeft ? "added" : !inRight ? "removed" : "changed";
    rows.push({ path, change, before: b, after: a });
  }
  return { rows, unchanged };
}

/** A value as a line of text: words as they are, everything else as compact JSON. */
export function formatAuditValue(value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
