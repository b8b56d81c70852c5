import type { RouterInputs } from "@charter/api";
import type { Action, Resource, Scope } from "@charter/core/engine";

/** A condition as the API takes it: JSON in PERMISSIONS.md's condition language. */
export type TConditionJson = RouterInputs["roles"]["addGrant"]["condition"];

/** A grant as the roles and groups APIs answer it. */
export type TStoredGrant = {
  id: string;
  resource: string;
  action: string;
  scope: Scope;
  condition: unknown;
  version: number;
};

export type TCell = {
  /** The grant the cell's select edits: the one without a condition, if any. */
  plain: TStoredGrant | null;
  /** Grants limited by a condition, listed under the matrix and marked in the cell. */
  conditional: TStoredGrant[];
};

export function hasCondition(grant: TStoredGrant): boolean {
  return grant.condition !== null && grant.condition !== undefined;
}

/** The grants of one resource and action. */
export function cellOf(grants: readonly TStoredGrant[], resource: Resource, action: Action): TCell {
  const here = grants.filter((grant) => grant.resource === resource && grant.action === action);
  return {
    plain: here.find((grant) => !hasCondition(grant)) ?? null,
    conditional: here.filter(hasCondition),
  };
}

export type TCellChange =
  | { kind: "add"; resource: Resource; action: Action; scope: Scope }
  | { kind: "update"; grant: TStoredGrant; scope: Scope }
  | { kind: "remove"; grant: TStoredGrant }
  | { kind: "none" };

/**
 * What choosing `scope` in a cell's select means: a new grant, a wider or narrower one, or
 * none at all ("none" removes the grant rather than storing a grant of nothing).
 */
export function cellChange(
  cell: TCell,
  resource: Resource,
  action: Action,
  scope: Scope,
): TCellChange {
  const current = cell.plain;
  if (!current)
    return scope === "none" ? { kind: "none" } : { kind: "add", resource, action, scope };
  if (scope === current.scope) return { kind: "none" };
  return scope === "none"
    ? { kind: "remove", grant: current }
    : { kind: "update", grant: current, scope };
}
