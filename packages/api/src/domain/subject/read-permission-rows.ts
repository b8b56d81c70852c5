import { validateGrant, validateOverride, type Grant, type Override } from "@charter/core/engine";

type TGrantRow = {
  id: string;
  resource: string;
  action: string;
  scope: string;
  condition: unknown;
};
type TOverrideRow = {
  id: string;
  resource: string;
  action: string;
  effect: string;
  condition: unknown;
};

/**
 * Grants come from JSON a person typed. A valid one is passed on as the engine's type; an
 * invalid one is passed on as stored, because the engine must still see it: an unreadable
 * grant grants nothing but keeps the role "speaking" for its (resource, action), so a typo
 * never brings a wider user-type default back, and explain lists it (docs/permissions.md).
 * The engine re-checks every grant when it compiles a plan, so nothing unread is trusted.
 */
export function readGrant(row: TGrantRow): Grant {
  const result = validateGrant({ ...row, condition: row.condition ?? null });
  return result.ok ? result.value : (row as unknown as Grant);
}

/**
 * An unreadable override is passed on as stored for the same reason: the engine treats an
 * unreadable deny as "deny everything" (fail closed) and ignores an unreadable allow.
 */
export function readOverride(row: TOverrideRow): Override {
  const result = validateOverride({ ...row, condition: row.condition ?? null });
  return result.ok ? result.value : (row as unknown as Override);
}
