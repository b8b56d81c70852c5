import {
  conditionPaths,
  findField,
  validateCondition,
  VARIABLE_NAMES,
  VARIABLES,
  type Condition,
  type ConditionValue,
  type FieldSpec,
  type IdRef,
  type Resource,
  type ValidationIssue,
  type VariableName,
} from "@charter/core/engine";

// The condition builder's model: a condition as rows of (field, operator, value) joined by
// "all" (and) or "any" (or), and back. Only the engine's catalogue decides which fields a
// resource offers and what fits each, so what the rows make is what the engine validates.

export type TCombine = "all" | "any";

export function isCombine(value: string): value is TCombine {
  return value === "all" || value === "any";
}

/** The engine's comparisons, with `eq null` and `ne null` said as "is empty" / "is not empty". */
export type TRowOperator = "eq" | "ne" | "in" | "lt" | "lte" | "gt" | "gte" | "empty" | "notEmpty";

export type TConditionRow = {
  path: string;
  operator: TRowOperator;
  /** The value of a single comparison; null until one is chosen. */
  value: ConditionValue | null;
  /** The values of "is one of". */
  values: ConditionValue[];
};

export type TConditionRows = { combine: TCombine; rows: TConditionRow[] };

/** Why a condition cannot be shown as rows: it is then edited as JSON only. */
export type TUnrepresentable =
  | { reason: "invalid"; issues: ValidationIssue[] }
  | { reason: "nested" }
  | { reason: "not" }
  | { reason: "operator"; path: string };

/** What keeps rows from making a condition, and where. */
export type TRowProblem =
  { row: null; problem: "no-rows" } | { row: number; problem: "value" | "values" };

export type TConditionField = { path: string; field: FieldSpec };

/** The fields a condition on `resource` may compare, as the engine's catalogue offers them. */
export function conditionFields(resource: Resource): TConditionField[] {
  return conditionPaths(resource).flatMap((path) => {
    const field = findField(resource, path);
    return field ? [{ path, field }] : [];
  });
}

/** Which comparisons a field takes: ordering for numbers, "one of" for ids, words and kinds. */
export function rowOperators(field: FieldSpec): TRowOperator[] {
  const kind = field.type.kind;
  const compared: TRowOperator[] =
    kind === "number"
      ? ["eq", "ne", "lt", "lte", "gt", "gte"]
      : kind === "boolean"
        ? ["eq", "ne"]
        : ["eq", "ne", "in"];
  return field.nullable ? [...compared, "empty", "notEmpty"] : compared;
}

/** The variables (`$me`, `$myDepartment`…) that may stand for a value of this field. */
export function rowVariables(field: FieldSpec): VariableName[] {
  const type = field.type;
  return type.kind === "id"
    ? VARIABLE_NAMES.filter((name) => VARIABLES[name].ref === type.ref)
    : [];
}

export function isVariableName(value: unknown): value is VariableName {
  return typeof value === "string" && Object.hasOwn(VARIABLES, value);
}

/** The value a new comparison starts with: a variable, the first kind, or nothing yet. */
function startValue(field: FieldSpec): ConditionValue | null {
  const type = field.type;
  if (type.kind === "enum") return type.values[0] ?? null;
  if (type.kind === "boolean") return true;
  return rowVariables(field)[0] ?? null;
}

/** A first row: the responsible, where the resource has one ("the responsible is you"). */
export function newRow(resource: Resource, path?: string): TConditionRow {
  const fields = conditionFields(resource);
  const chosen =
    fields.find((candidate) => candidate.path === path) ??
    fields.find((candidate) => candidate.path === "responsibleId") ??
    fields[0];
  if (!chosen) return { path: "", operator: "eq", value: null, values: [] };
  return { path: chosen.path, operator: "eq", value: startValue(chosen.field), values: [] };
}

/** Another field chosen in a row: its comparison and value start afresh. */
export function changeRowField(resource: Resource, path: string): TConditionRow {
  return newRow(resource, path);
}

/**
 * Another comparison chosen in a row: a value carries over between single comparisons and
 * into (or out of) "is one of"; "is empty" needs none.
 */
export function changeRowOperator(row: TConditionRow, operator: TRowOperator): TConditionRow {
  if (operator === "in") {
    const values = row.values.length > 0 ? row.values : row.value === null ? [] : [row.value];
    return { ...row, operator, value: null, values };
  }
  if (operator === "empty" || operator === "notEmpty") {
    return { ...row, operator, value: null, values: [] };
  }
  const value = row.operator === "in" ? (row.values[0] ?? null) : row.value;
  return { ...row, operator, value, values: [] };
}

function leafOf(row: TConditionRow): Condition {
  switch (row.operator) {
    case "empty":
      return { op: "eq", path: row.path, value: null };
    case "notEmpty":
      return { op: "ne", path: row.path, value: null };
    case "in":
      return { op: "in", path: row.path, values: [...row.values] };
    case "eq":
    case "ne":
      return { op: row.operator, path: row.path, value: row.value };
    default:
      // Ordering compares numbers only; a missing number is sent as such for the engine to name.
      return { op: row.operator, path: row.path, value: row.value as number };
  }
}

/**
 * The JSON the rows stand for, whether or not every value is filled in: what "Edit as JSON"
 * opens with. One row is its comparison alone; several are joined by `and` or `or`.
 */
export function draftCondition({ combine, rows }: TConditionRows): Condition {
  const leaves = rows.map(leafOf);
  if (leaves.length === 1 && leaves[0]) return leaves[0];
  return { op: combine === "all" ? "and" : "or", args: leaves };
}

/** The condition the rows make, or what is missing (a value, a row) and where. */
export function rowsToCondition(
  rows: TConditionRows,
): { ok: true; condition: Condition } | { ok: false; problems: TRowProblem[] } {
  if (rows.rows.length === 0) return { ok: false, problems: [{ row: null, problem: "no-rows" }] };
  const problems = rows.rows.flatMap((row, index): TRowProblem[] => {
    if (row.operator === "in")
      return row.values.length === 0 ? [{ row: index, problem: "values" }] : [];
    if (row.operator === "empty" || row.operator === "notEmpty") return [];
    return row.value === null ? [{ row: index, problem: "value" }] : [];
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, condition: draftCondition(rows) };
}

type TLeaf = Extract<Condition, { path: string }>;

function rowOf(resource: Resource, leaf: TLeaf): TConditionRow | null {
  const field = findField(resource, leaf.path);
  if (!field) return null;
  const operator: TRowOperator =
    leaf.op === "eq" && leaf.value === null
      ? "empty"
      : leaf.op === "ne" && leaf.value === null
        ? "notEmpty"
        : leaf.op;
  if (!rowOperators(field).includes(operator)) return null;
  return leaf.op === "in"
    ? { path: leaf.path, operator, value: null, values: [...leaf.values] }
    : { path: leaf.path, operator, value: operator === leaf.op ? leaf.value : null, values: [] };
}

/**
 * A condition as rows, when it is one comparison or one `and`/`or` of comparisons the builder
 * offers; otherwise why not (nested groups, `not`, a comparison it does not offer, or a
 * condition the engine itself cannot read).
 */
export function conditionToRows(
  resource: Resource,
  input: unknown,
): { ok: true; rows: TConditionRows } | ({ ok: false } & TUnrepresentable) {
  const read = validateCondition(resource, input);
  if (!read.ok) return { ok: false, reason: "invalid", issues: read.issues };
  const condition = read.value;
  const isGroup = condition.op === "and" || condition.op === "or";
  const combine: TCombine = condition.op === "or" ? "any" : "all";
  const parts = isGroup ? condition.args : [condition];
  const rows: TConditionRow[] = [];
  for (const part of parts) {
    if ("args" in part) return { ok: false, reason: "nested" };
    if ("arg" in part) return { ok: false, reason: "not" };
    const row = rowOf(resource, part);
    if (!row) return { ok: false, reason: "operator", path: part.path };
    rows.push(row);
  }
  return { ok: true, rows: { combine, rows } };
}

/**
 * Rows kept when the rule's resource changes: those whose field means the same there (the
 * same path and type); a fresh first row if none does, and still none where there were none.
 */
export function retargetRows(
  from: Resource,
  to: Resource,
  { combine, rows }: TConditionRows,
): TConditionRows {
  const same = (path: string) => {
    const before = findField(from, path);
    const after = conditionFields(to).find((candidate) => candidate.path === path)?.field;
    return (
      before !== undefined &&
      after !== undefined &&
      JSON.stringify(before.type) === JSON.stringify(after.type) &&
      before.nullable === after.nullable
    );
  };
  const kept = rows.filter((row) => same(row.path));
  return { combine, rows: kept.length > 0 || rows.length === 0 ? kept : [newRow(to)] };
}

/** The kinds of id a condition compares (stages, employees…), to read their names. */
export function conditionRefs(resource: Resource, condition: unknown): IdRef[] {
  const refs = new Set<IdRef>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const { path, args, arg } = node as { path?: unknown; args?: unknown; arg?: unknown };
    if (typeof path === "string") {
      const type = findField(resource, path)?.type;
      if (type?.kind === "id") refs.add(type.ref);
    }
    if (Array.isArray(args)) args.forEach(visit);
    visit(arg);
  };
  visit(condition);
  return [...refs];
}
