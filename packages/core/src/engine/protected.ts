import type { Predicate } from "./predicate";
import type { ProtectedOperation, Subject } from "./types";
import type { Action, Resource } from "./vocabulary";

// Step 5: operations refused to everyone but an Admin, whatever they are granted. Each is
// a predicate on the settings target the API describes (catalog.ts): the project itself,
// an Employee row, or the employee whose roles or overrides change.

export type ProtectedRule = { operation: ProtectedOperation; predicate: Predicate };

export function protectedRules(
  subject: Subject,
  resource: Resource,
  action: Action,
): ProtectedRule[] {
  if (subject.userType === "admin") return [];
  if (resource === "settings.org" && action === "delete") {
    return [
      { operation: "delete-project", predicate: { op: "eq", path: "entity", value: "project" } },
    ];
  }
  if (action === "view") return [];
  if (resource === "settings.employees") {
    return [
      { operation: "change-admin", predicate: { op: "eq", path: "userType", value: "admin" } },
    ];
  }
  if (resource === "settings.roles") {
    return [
      {
        operation: "change-own-access",
        predicate: { op: "eq", path: "employeeId", value: subject.employeeId },
      },
      {
        operation: "change-admin",
        predicate: { op: "eq", path: "employee.userType", value: "admin" },
      },
    ];
  }
  return [];
}
