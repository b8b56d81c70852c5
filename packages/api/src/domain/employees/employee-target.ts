import { canReachAny, decide, describeDecision, type Action } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";

/** The `settings.employees` target the engine judges (docs/permissions.md, step 5). */
export type TEmployeeTarget = {
  id: string;
  projectId: string;
  userType: "admin" | "administration" | "employee";
  managerId: string | null;
  departmentId: string | null;
  branchId: string | null;
  directionId: string | null;
};

export const TARGET_SELECT = {
  id: true,
  projectId: true,
  userType: true,
  managerId: true,
  departmentId: true,
  branchId: true,
  directionId: true,
} as const satisfies Prisma.EmployeeSelect;

/**
 * Asks the engine about one Employee: only an Admin changes an Admin, whatever the grants.
 * The refusal carries the engine's rule and its explanation.
 */
export function assertMayChangeEmployee(
  scope: TProjectScope,
  action: Action,
  target: TEmployeeTarget,
): void {
  const decision = decide(scope.subject, action, "settings.employees", target);
  if (decision.allowed) return;
  const why = describeDecision(decision, {
    subject: scope.subject,
    action,
    resource: "settings.employees",
    record: target,
  });
  throw new AppError(
    "FORBIDDEN",
    { key: "access.forbiddenRecord", params: { action, thing: "employee", detail: why } },
    { rule: decision.reason.rule },
  );
}

/** What of their own access an employee may not change: each has its own sentence. */
export type TOwnAccess = "placement" | "status" | "expiry";

const OWN_ACCESS_REFUSALS = {
  placement: "employees.ownPlacement",
  status: "employees.ownStatus",
  expiry: "employees.ownExpiry",
} as const satisfies Record<TOwnAccess, string>;

/**
 * No one but an Admin changes their own access (status, expiry, place in the hierarchy):
 * otherwise a blocked or expiring user could lift it, or climb out from under a manager.
 * Named like the engine's step 5 operation so clients treat both refusals alike.
 */
export function assertNotOwnAccess(scope: TProjectScope, targetId: string, what: TOwnAccess): void {
  if (scope.subject.userType === "admin" || scope.subject.employeeId !== targetId) return;
  throw new AppError(
    "FORBIDDEN",
    { key: OWN_ACCESS_REFUSALS[what] },
    { rule: "change-own-access" },
  );
}

/** Employees hidden from the list are visible only to those who may edit employees. */
export function maySeeHiddenEmployees(scope: TProjectScope): boolean {
  return canReachAny(scope.subject, "edit", "settings.employees");
}
