import type { Resource } from "@charter/core/engine";

import {
  conditionFields,
  conditionToRows,
  draftCondition,
  newRow,
  retargetRows,
  rowsToCondition,
  type TConditionRows,
  type TRowProblem,
  type TUnrepresentable,
} from "./condition-rows";
import type { TConditionJson } from "./grant-matrix-model";

// What the condition builder holds between renders: rows (each with a key React can follow
// as rows come and go) or JSON text, and what the last attempt found wrong.

export type TBuilderState =
  | { mode: "rows"; rows: TConditionRows; keys: number[]; problems: TRowProblem[] }
  | {
      mode: "json";
      text: string;
      notJson: boolean;
      /** Why the JSON could not be shown as rows, after "Edit as JSON" was turned off. */
      notice: TUnrepresentable | null;
    };

let lastKey = 0;
const nextKeys = (count: number) => Array.from({ length: count }, () => (lastKey += 1));

export function rowsState(rows: TConditionRows): TBuilderState {
  return { mode: "rows", rows, keys: nextKeys(rows.rows.length), problems: [] };
}

export function initialBuilder(resource: Resource): TBuilderState {
  return rowsState({ combine: "all", rows: [newRow(resource)] });
}

/** No rows yet: where a condition is optional (an override), it holds on every record. */
export function emptyBuilder(): TBuilderState {
  return rowsState({ combine: "all", rows: [] });
}

export function withRows(
  state: Extract<TBuilderState, { mode: "rows" }>,
  rows: TConditionRows,
  keys: number[] = state.keys,
): TBuilderState {
  return { ...state, rows, keys, problems: [] };
}

export function addRow(state: Extract<TBuilderState, { mode: "rows" }>, resource: Resource) {
  const [key = 0] = nextKeys(1);
  return {
    key,
    state: withRows(state, { ...state.rows, rows: [...state.rows.rows, newRow(resource)] }, [
      ...state.keys,
      key,
    ]),
  };
}

export function removeRow(
  state: Extract<TBuilderState, { mode: "rows" }>,
  index: number,
): TBuilderState {
  return withRows(
    state,
    { ...state.rows, rows: state.rows.rows.filter((_, at) => at !== index) },
    state.keys.filter((_, at) => at !== index),
  );
}

/**
 * The rule's resource changed: rows keep what means the same there; JSON stays as typed. A
 * resource no condition can read (a report, most settings areas) leaves nothing to keep.
 */
export function retargetBuilder(state: TBuilderState, from: Resource, to: Resource) {
  if (conditionFields(to).length === 0) return emptyBuilder();
  return state.mode === "rows" ? rowsState(retargetRows(from, to, state.rows)) : state;
}

/**
 * "Edit as JSON" turned on or off. On: the rows' JSON, finished or not, for the engine to
 * name what is missing. Off: the JSON as rows, or, when rows cannot show it, the JSON kept
 * with a notice saying why. No rows are no text, and no text no rows.
 */
export function toggleJson(state: TBuilderState, resource: Resource): TBuilderState {
  if (state.mode === "rows") {
    return {
      mode: "json",
      text: state.rows.rows.length === 0 ? "" : JSON.stringify(draftCondition(state.rows), null, 2),
      notJson: false,
      notice: null,
    };
  }
  if (!state.text.trim()) return emptyBuilder();
  let parsed: unknown;
  try {
    parsed = JSON.parse(state.text);
  } catch {
    return { ...state, notJson: true, notice: null };
  }
  const read = conditionToRows(resource, parsed);
  if (read.ok) return rowsState(read.rows);
  return { ...state, notJson: false, notice: read };
}

/**
 * The condition to save, or the state showing why there is none yet. Where a condition is
 * `optional`, no rows or no text save none (null: every record).
 */
export function builderCondition(
  state: TBuilderState,
  { optional = false }: { optional?: boolean } = {},
): { ok: true; condition: TConditionJson } | { ok: false; state: TBuilderState } {
  const blank = state.mode === "rows" ? state.rows.rows.length === 0 : !state.text.trim();
  if (optional && blank) return { ok: true, condition: null };
  if (state.mode === "rows") {
    const made = rowsToCondition(state.rows);
    return made.ok
      ? { ok: true, condition: made.condition }
      : { ok: false, state: { ...state, problems: made.problems } };
  }
  try {
    // The engine checks JSON typed by hand on save and names what is wrong.
    return { ok: true, condition: JSON.parse(state.text) as TConditionJson };
  } catch {
    return { ok: false, state: { ...state, notJson: true } };
  }
}
