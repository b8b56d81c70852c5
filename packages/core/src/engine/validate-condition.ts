import { CATALOG, conditionPaths, findField, type FieldSpec } from "./catalog";
import type { Condition } from "./types";
import { isVariable, looksLikeVariable, VARIABLE_NAMES, VARIABLES } from "./variables";
import type { Resource } from "./vocabulary";

export type ValidationIssue = { path: string; message: string };

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const OPERATORS = ["eq", "ne", "in", "lt", "lte", "gt", "gte", "and", "or", "not"] as const;
const MAX_DEPTH = 8;
const MAX_NODES = 64;
const MAX_IN_VALUES = 200;

const KEYS: Record<(typeof OPERATORS)[number], readonly string[]> = {
  eq: ["op", "path", "value"],
  ne: ["op", "path", "value"],
  lt: ["op", "path", "value"],
  lte: ["op", "path", "value"],
  gt: ["op", "path", "value"],
  gte: ["op", "path", "value"],
  in: ["op", "path", "values"],
  and: ["op", "args"],
  or: ["op", "args"],
  not: ["op", "arg"],
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

/** Checks a condition against the resource's catalogue; every problem is reported. */
export function validateCondition(
  resource: Resource,
  input: unknown,
  at = "condition",
): ValidationResult<Condition> {
  const issues: ValidationIssue[] = [];
  let nodes = 0;

  const visit = (node: unknown, path: string, depth: number): void => {
    nodes += 1;
    if (nodes === MAX_NODES + 1) {
      issues.push({ path: at, message: `A condition may have at most ${MAX_NODES} parts.` });
    }
    if (depth > MAX_DEPTH) {
      issues.push({ path, message: `Conditions may nest at most ${MAX_DEPTH} levels deep.` });
      return;
    }
    if (!isPlainObject(node)) {
      issues.push({ path, message: `Expected a condition object, got ${describe(node)}.` });
      return;
    }
    const op = node.op;
    if (typeof op !== "string" || !(OPERATORS as readonly string[]).includes(op)) {
      issues.push({
        path: `${path}.op`,
        message: `Unknown operator ${describe(op)}; use one of ${OPERATORS.join(", ")}.`,
      });
      return;
    }
    const known = KEYS[op as (typeof OPERATORS)[number]];
    for (const key of Object.keys(node)) {
      if (!known.includes(key)) {
        issues.push({
          path: `${path}.${key}`,
          message: `Unexpected key "${key}" in a ${op} condition (it takes ${known.join(", ")}).`,
        });
      }
    }
    if (op === "and" || op === "or") {
      const args = node.args;
      if (!Array.isArray(args) || args.length === 0) {
        issues.push({
          path: `${path}.args`,
          message: `"${op}" needs a non-empty list of conditions in "args".`,
        });
        return;
      }
      args.forEach((arg, i) => visit(arg, `${path}.args[${i}]`, depth + 1));
      return;
    }
    if (op === "not") {
      visit(node.arg, `${path}.arg`, depth + 1);
      return;
    }
    const field = checkPath(resource, node.path, `${path}.path`, issues);
    if (op === "in") {
      checkInValues(field, node.path, node.values, `${path}.values`, issues);
    } else if (op === "eq" || op === "ne") {
      if (!Object.hasOwn(node, "value")) {
        issues.push({ path: `${path}.value`, message: `"${op}" needs a "value" (null allowed).` });
      } else if (field) {
        checkValue(field, node.path as string, node.value, `${path}.value`, issues, true);
      }
    } else if (field) {
      if (field.type.kind !== "number") {
        issues.push({
          path: `${path}.op`,
          message: `"${op}" compares numbers, but ${String(node.path)} is ${kindName(field)}.`,
        });
      } else if (typeof node.value !== "number" || !Number.isFinite(node.value)) {
        issues.push({
          path: `${path}.value`,
          message: `"${op}" needs a number, got ${describe(node.value)}.`,
        });
      }
    }
  };

  visit(input, at, 1);
  return issues.length === 0 ? { ok: true, value: input as Condition } : { ok: false, issues };
}

function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}

function kindName(field: FieldSpec): string {
  const type = field.type;
  switch (type.kind) {
    case "id":
      return `${withArticle(type.ref)} id`;
    case "enum":
      return `one of ${type.values.join(", ")}`;
    default:
      return withArticle(type.kind);
  }
}

function checkPath(
  resource: Resource,
  path: unknown,
  at: string,
  issues: ValidationIssue[],
): FieldSpec | undefined {
  if (typeof path !== "string" || path === "") {
    issues.push({
      path: at,
      message: `Expected a field path such as "stageId", got ${describe(path)}.`,
    });
    return undefined;
  }
  const hops = path.split(".").length - 1;
  if (hops > 1) {
    issues.push({
      path: at,
      message: `Path "${path}" crosses ${hops} relations; a condition may cross at most one.`,
    });
    return undefined;
  }
  const field = findField(resource, path);
  if (!field || field.internal) {
    const relation = path.split(".")[0] as string;
    const hint =
      hops === 1 && !Object.hasOwn(CATALOG[resource].relations, relation)
        ? ` ${resource} has no relation "${relation}".`
        : "";
    issues.push({
      path: at,
      message: `Unknown path "${path}" on ${resource}.${hint} Allowed: ${conditionPaths(resource).join(", ")}.`,
    });
    return undefined;
  }
  return field;
}

function checkInValues(
  field: FieldSpec | undefined,
  path: unknown,
  values: unknown,
  at: string,
  issues: ValidationIssue[],
): void {
  if (!Array.isArray(values) || values.length === 0) {
    issues.push({ path: at, message: `"in" needs a non-empty list in "values".` });
    return;
  }
  if (values.length > MAX_IN_VALUES) {
    issues.push({
      path: at,
      message: `"in" takes at most ${MAX_IN_VALUES} values, got ${values.length}.`,
    });
    return;
  }
  if (!field) return;
  values.forEach((value, i) =>
    checkValue(field, path as string, value, `${at}[${i}]`, issues, false),
  );
}

function checkValue(
  field: FieldSpec,
  path: string,
  value: unknown,
  at: string,
  issues: ValidationIssue[],
  nullAllowed: boolean,
): void {
  const type = field.type;
  if (value === null) {
    if (!nullAllowed)
      issues.push({ path: at, message: `"in" values cannot be null; use eq null.` });
    else if (!field.nullable) {
      issues.push({
        path: at,
        message: `${path} is never empty, so comparing it with null is pointless.`,
      });
    }
    return;
  }
  if (looksLikeVariable(value)) {
    if (!isVariable(value)) {
      issues.push({
        path: at,
        message: `Unknown variable ${value}; use one of ${VARIABLE_NAMES.join(", ")}.`,
      });
    } else if (type.kind !== "id" || type.ref !== VARIABLES[value].ref) {
      issues.push({
        path: at,
        message: `${value} is ${withArticle(VARIABLES[value].ref)} id, but ${path} is ${kindName(field)}.`,
      });
    }
    return;
  }
  const fits =
    type.kind === "id" || type.kind === "string"
      ? typeof value === "string" && value !== ""
      : type.kind === "number"
        ? typeof value === "number" && Number.isFinite(value)
        : type.kind === "boolean"
          ? typeof value === "boolean"
          : typeof value === "string" && type.values.includes(value);
  if (!fits) {
    issues.push({
      path: at,
      message: `${path} is ${kindName(field)}; ${describe(value)} does not fit.`,
    });
  }
}
