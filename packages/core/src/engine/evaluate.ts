import type { EngineRecord } from "./types";
import type { Leaf, Predicate, PredicateValue } from "./predicate";

// Three ways to evaluate a predicate on a record held in memory:
// - `compilePredicate` turns it into a closure, two-valued (used by `decide`);
// - `evaluatePredicate` interprets it, two-valued (the reference for tests);
// - `evaluateSql` interprets it with SQL's three-valued logic (null = unknown), the model of
//   what PostgreSQL does with the tree `filter` returns.

export type RecordTest = (record: EngineRecord) => boolean;

/** Reads a path of at most one relation hop; undefined and absent relations read as null. */
export function readPath(record: EngineRecord, path: string): unknown {
  const dot = path.indexOf(".");
  if (dot < 0) return record[path] ?? null;
  const related = record[path.slice(0, dot)];
  if (related === null || typeof related !== "object") return null;
  return (related as EngineRecord)[path.slice(dot + 1)] ?? null;
}

function makeReader(path: string): (record: EngineRecord) => unknown {
  const dot = path.indexOf(".");
  if (dot < 0) return (record) => record[path] ?? null;
  const relation = path.slice(0, dot);
  const field = path.slice(dot + 1);
  return (record) => {
    const related = record[relation];
    if (related === null || typeof related !== "object") return null;
    return (related as EngineRecord)[field] ?? null;
  };
}

// Decimal columns arrive as objects (Prisma.Decimal) or strings; numbers compare as numbers.
function toComparable(value: unknown, like: PredicateValue): unknown {
  return typeof like === "number" && typeof value !== "number" ? Number(value) : value;
}

function equals(value: unknown, target: PredicateValue): boolean {
  return toComparable(value, target) === target;
}

function order(value: unknown, target: PredicateValue): number {
  const v = toComparable(value, target) as PredicateValue;
  if (Number.isNaN(v)) return Number.NaN;
  return v < target ? -1 : v > target ? 1 : 0;
}

/** A leaf on a non-null value; both logics agree here. */
function testLeaf(leaf: Leaf, value: unknown): boolean {
  switch (leaf.op) {
    case "eq":
      return equals(value, leaf.value);
    case "ne":
      return !equals(value, leaf.value);
    case "lt":
      return order(value, leaf.value) < 0;
    case "lte":
      return order(value, leaf.value) <= 0;
    case "gt":
      return order(value, leaf.value) > 0;
    case "gte":
      return order(value, leaf.value) >= 0;
    case "in":
      return leaf.values.some((v) => equals(value, v));
    case "notIn":
      return !leaf.values.some((v) => equals(value, v));
    case "startsWith":
      return typeof value === "string" && value.startsWith(leaf.value);
    case "notStartsWith":
      return typeof value === "string" && !value.startsWith(leaf.value);
    case "isNull":
      return false;
    case "isNotNull":
      return true;
  }
}

function leafValue(leaf: Leaf, record: EngineRecord): boolean | null {
  const value = readPath(record, leaf.path);
  if (leaf.op === "isNull") return value === null;
  if (leaf.op === "isNotNull") return value !== null;
  return value === null ? null : testLeaf(leaf, value);
}

/** Two-valued: a comparison on null is false, `not` is plain negation. */
export function evaluatePredicate(predicate: Predicate, record: EngineRecord): boolean {
  switch (predicate.op) {
    case "always":
      return true;
    case "never":
      return false;
    case "and":
      return predicate.args.every((arg) => evaluatePredicate(arg, record));
    case "or":
      return predicate.args.some((arg) => evaluatePredicate(arg, record));
    case "not":
      return !evaluatePredicate(predicate.arg, record);
    default:
      return leafValue(predicate, record) === true;
  }
}

/** SQL's three-valued logic: null is unknown; a WHERE keeps a row only when this is true. */
export function evaluateSql(predicate: Predicate, record: EngineRecord): boolean | null {
  switch (predicate.op) {
    case "always":
      return true;
    case "never":
      return false;
    case "and": {
      let result: boolean | null = true;
      for (const arg of predicate.args) {
        const value = evaluateSql(arg, record);
        if (value === false) return false;
        if (value === null) result = null;
      }
      return result;
    }
    case "or": {
      let result: boolean | null = false;
      for (const arg of predicate.args) {
        const value = evaluateSql(arg, record);
        if (value === true) return true;
        if (value === null) result = null;
      }
      return result;
    }
    case "not": {
      const value = evaluateSql(predicate.arg, record);
      return value === null ? null : !value;
    }
    default:
      return leafValue(predicate, record);
  }
}

/** Compiles to a two-valued closure; the hot path of `decide`. */
export function compilePredicate(predicate: Predicate): RecordTest {
  switch (predicate.op) {
    case "always":
      return () => true;
    case "never":
      return () => false;
    case "and": {
      const tests = predicate.args.map(compilePredicate);
      if (tests.length === 2) {
        const [a, b] = tests as [RecordTest, RecordTest];
        return (record) => a(record) && b(record);
      }
      return (record) => tests.every((test) => test(record));
    }
    case "or": {
      const tests = predicate.args.map(compilePredicate);
      return (record) => tests.some((test) => test(record));
    }
    case "not": {
      const test = compilePredicate(predicate.arg);
      return (record) => !test(record);
    }
    default:
      return compileLeaf(predicate);
  }
}

function compileLeaf(leaf: Leaf): RecordTest {
  const read = makeReader(leaf.path);
  switch (leaf.op) {
    case "isNull":
      return (record) => read(record) === null;
    case "isNotNull":
      return (record) => read(record) !== null;
    case "eq":
      if (typeof leaf.value === "string") {
        const target = leaf.value;
        return (record) => read(record) === target;
      }
      break;
    case "startsWith": {
      const prefix = leaf.value;
      return (record) => {
        const value = read(record);
        return typeof value === "string" && value.startsWith(prefix);
      };
    }
    case "in":
      if (leaf.values.every((v) => typeof v === "string")) {
        const set = new Set(leaf.values);
        return (record) => set.has(read(record) as string);
      }
      break;
  }
  return (record) => {
    const value = read(record);
    return value !== null && testLeaf(leaf, value);
  };
}

/**
 * The two shapes most grants compile to, as data instead of a closure: `decide` tests
 * them inline, which keeps its hot loop monomorphic when many kinds of subjects share a
 * process. Anything else is `null` and goes through `compilePredicate`.
 */
export type FastTest =
  | { kind: "field-equals"; field: string; value: string }
  | { kind: "relation-prefix"; relation: string; field: string; value: string };

export function fastTestOf(predicate: Predicate): FastTest | null {
  if (
    predicate.op === "eq" &&
    typeof predicate.value === "string" &&
    !predicate.path.includes(".")
  ) {
    return { kind: "field-equals", field: predicate.path, value: predicate.value };
  }
  if (predicate.op === "startsWith") {
    const dot = predicate.path.indexOf(".");
    if (dot > 0) {
      return {
        kind: "relation-prefix",
        relation: predicate.path.slice(0, dot),
        field: predicate.path.slice(dot + 1),
        value: predicate.value,
      };
    }
  }
  return null;
}

export function runFastTest(test: FastTest, record: EngineRecord): boolean {
  if (test.kind === "field-equals") return record[test.field] === test.value;
  const related = record[test.relation];
  if (related === null || typeof related !== "object") return false;
  const value = (related as EngineRecord)[test.field];
  return typeof value === "string" && value.startsWith(test.value);
}
