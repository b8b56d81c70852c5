// The neutral predicate tree that `filter` returns and the database adapter translates.
//
// Semantics (see docs/permissions.md, "Nulls"): a comparison leaf is true only when the
// value at its path is not null (an absent relation counts as null) and the comparison
// holds, exactly as SQL's `=`, `<>`, `<`, `IN`, `LIKE` behave in a WHERE clause. `filter`
// only ever returns trees without `not` (negation normal form), so SQL's three-valued
// logic and the engine's two-valued one give the same answer on every row.

export type PredicateValue = string | number | boolean;

export type ComparisonOp = "eq" | "ne" | "lt" | "lte" | "gt" | "gte";

export type Predicate =
  | { op: "always" }
  | { op: "never" }
  | { op: "and"; args: Predicate[] }
  | { op: "or"; args: Predicate[] }
  | { op: "not"; arg: Predicate }
  | { op: ComparisonOp; path: string; value: PredicateValue }
  | { op: "in" | "notIn"; path: string; values: PredicateValue[] }
  | { op: "startsWith" | "notStartsWith"; path: string; value: string }
  | { op: "isNull" | "isNotNull"; path: string };

export type Leaf = Exclude<Predicate, { op: "always" | "never" | "and" | "or" | "not" }>;

export const ALWAYS: Predicate = Object.freeze({ op: "always" });
export const NEVER: Predicate = Object.freeze({ op: "never" });

export function isLeaf(predicate: Predicate): predicate is Leaf {
  switch (predicate.op) {
    case "always":
    case "never":
    case "and":
    case "or":
    case "not":
      return false;
    default:
      return true;
  }
}

/** Conjunction with constant folding, flattening and duplicate removal. */
export function and(...args: Predicate[]): Predicate {
  return combine("and", args);
}

/** Disjunction with constant folding, flattening and duplicate removal. */
export function or(...args: Predicate[]): Predicate {
  return combine("or", args);
}

/** Two-valued negation (not SQL's NOT): `toNegationNormalForm` compiles it away. */
export function not(arg: Predicate): Predicate {
  if (arg.op === "always") return NEVER;
  if (arg.op === "never") return ALWAYS;
  if (arg.op === "not") return arg.arg;
  return { op: "not", arg };
}

function combine(op: "and" | "or", args: Predicate[]): Predicate {
  const absorbing = op === "and" ? "never" : "always";
  const neutral = op === "and" ? "always" : "never";
  const out: Predicate[] = [];
  const seen = new Set<string>();
  const push = (arg: Predicate): boolean => {
    if (arg.op === absorbing) return false;
    if (arg.op === neutral) return true;
    if (arg.op === op) return arg.args.every(push);
    const key = JSON.stringify(arg);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(arg);
    }
    return true;
  };
  for (const arg of args) {
    if (!push(arg)) return op === "and" ? NEVER : ALWAYS;
  }
  if (out.length === 0) return op === "and" ? ALWAYS : NEVER;
  if (out.length === 1) return out[0] as Predicate;
  return { op, args: out };
}

const complement = {
  eq: "ne",
  ne: "eq",
  lt: "gte",
  gte: "lt",
  lte: "gt",
  gt: "lte",
  in: "notIn",
  notIn: "in",
  startsWith: "notStartsWith",
  notStartsWith: "startsWith",
  isNull: "isNotNull",
  isNotNull: "isNull",
} as const;

/**
 * Pushes every `not` down to the leaves. The negation of a comparison is true on a null
 * value (two-valued logic), but its SQL complement is not, so a nullable path gets an
 * explicit `isNull` alternative: not(p = v) becomes (p IS NULL OR p <> v).
 */
export function toNegationNormalForm(
  predicate: Predicate,
  isNullable: (path: string) => boolean,
): Predicate {
  const positive = (p: Predicate): Predicate => {
    switch (p.op) {
      case "and":
        return and(...p.args.map(positive));
      case "or":
        return or(...p.args.map(positive));
      case "not":
        return negative(p.arg);
      default:
        return p;
    }
  };
  const negative = (p: Predicate): Predicate => {
    switch (p.op) {
      case "always":
        return NEVER;
      case "never":
        return ALWAYS;
      case "and":
        return or(...p.args.map(negative));
      case "or":
        return and(...p.args.map(negative));
      case "not":
        return positive(p.arg);
      case "isNull":
      case "isNotNull":
        return { op: complement[p.op], path: p.path };
      default:
        return negateLeaf(p, isNullable(p.path));
    }
  };
  return positive(predicate);
}

function negateLeaf(leaf: Exclude<Leaf, { op: "isNull" | "isNotNull" }>, nullable: boolean) {
  let flipped: Predicate;
  switch (leaf.op) {
    case "in":
    case "notIn":
      if (leaf.values.length === 0) return leaf.op === "in" ? ALWAYS : nullOr(leaf.path, nullable);
      flipped = { op: complement[leaf.op], path: leaf.path, values: leaf.values };
      break;
    case "startsWith":
    case "notStartsWith":
      flipped = { op: complement[leaf.op], path: leaf.path, value: leaf.value };
      break;
    default:
      flipped = { op: complement[leaf.op], path: leaf.path, value: leaf.value };
  }
  return nullable ? or({ op: "isNull", path: leaf.path }, flipped) : flipped;
}

function nullOr(path: string, nullable: boolean): Predicate {
  return nullable ? { op: "isNull", path } : NEVER;
}

/** Bind parameters the tree needs: one per comparison value (`in` counts each value). */
export function countBindParameters(predicate: Predicate): number {
  switch (predicate.op) {
    case "always":
    case "never":
    case "isNull":
    case "isNotNull":
      return 0;
    case "and":
    case "or":
      return predicate.args.reduce((sum, arg) => sum + countBindParameters(arg), 0);
    case "not":
      return countBindParameters(predicate.arg);
    case "in":
    case "notIn":
      return predicate.values.length;
    default:
      return 1;
  }
}
