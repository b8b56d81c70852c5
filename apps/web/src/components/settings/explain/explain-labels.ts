import type { Action } from "@charter/core/engine";

import type { TPlainMessageKey } from "~/i18n/translate";

export const EXPLAIN_ACTIONS: readonly Action[] = [
  "view",
  "create",
  "edit",
  "delete",
  "export",
  "import",
  "assign",
];

export const ACTION_LABELS: Record<Action, TPlainMessageKey> = {
  view: "settings.action.view",
  create: "settings.action.create",
  edit: "settings.action.edit",
  delete: "settings.action.delete",
  export: "settings.action.export",
  import: "settings.action.import",
  assign: "settings.action.assign",
};

const STEP_LABELS: Record<number, TPlainMessageKey> = {
  1: "settings.explain.step.1",
  2: "settings.explain.step.2",
  3: "settings.explain.step.3",
  4: "settings.explain.step.4",
  5: "settings.explain.step.5",
  6: "settings.explain.step.6",
  7: "settings.explain.step.7",
};

/** What each step of the decision (PERMISSIONS.md) checks, in the reader's words. */
export function stepLabel(step: number): TPlainMessageKey | null {
  return STEP_LABELS[step] ?? null;
}

export function isAction(value: string | null): value is Action {
  return EXPLAIN_ACTIONS.some((action) => action === value);
}
