import { ALWAYS, NEVER, type Predicate } from "./predicate";
import type { EngineRecord, ScopeFact, Subject } from "./types";
import { isRecordResource, type Resource, type Scope } from "./vocabulary";

// Scopes as predicates, one bind parameter each and never an id list (data contract):
// subordinates and department use the materialised paths' prefixes.

function isUsablePath(path: string | null, id?: string): path is string {
  // An empty or malformed path would be a prefix of everything: refuse it.
  return !!path && path.startsWith("/") && path.endsWith("/") && (!id || path.endsWith(`/${id}/`));
}

export function scopePredicate(scope: Scope, resource: Resource, subject: Subject): Predicate {
  if (!isRecordResource(resource)) return scope === "project" ? ALWAYS : NEVER;
  switch (scope) {
    case "none":
      return NEVER;
    case "own":
      return { op: "eq", path: "responsibleId", value: subject.employeeId };
    case "subordinates":
      return isUsablePath(subject.managerPath, subject.employeeId)
        ? { op: "startsWith", path: "responsible.managerPath", value: subject.managerPath }
        : { op: "eq", path: "responsibleId", value: subject.employeeId };
    case "department":
      return isUsablePath(subject.departmentPath)
        ? { op: "startsWith", path: "department.path", value: subject.departmentPath }
        : NEVER;
    case "direction":
      return subject.directionId
        ? { op: "eq", path: "directionId", value: subject.directionId }
        : NEVER;
    case "project":
      return ALWAYS;
  }
}

/**
 * Ids from the responsible up to the subject, read off the responsible's managerPath
 * below the subject's prefix. Hand-rolled: it runs on every allow at this scope.
 */
function chainUp(path: string, prefixLength: number, subjectId: string): string[] {
  const chain: string[] = [];
  let end = path.length - 1;
  while (end >= prefixLength) {
    const start = path.lastIndexOf("/", end - 1);
    chain.push(path.slice(start + 1, end));
    end = start;
  }
  chain.push(subjectId);
  return chain;
}

/** The fact that made `scope` cover `record`, for the reason (only called after a match). */
export function scopeFact(scope: Scope, subject: Subject, record: EngineRecord): ScopeFact {
  const responsibleId = String(record.responsibleId);
  switch (scope) {
    case "own":
      return { kind: "own", responsibleId };
    case "subordinates": {
      const responsible = record.responsible as { managerPath?: unknown } | undefined;
      const path = typeof responsible?.managerPath === "string" ? responsible.managerPath : "";
      const chain = Object.freeze(chainUp(path, subject.managerPath.length, subject.employeeId));
      return { kind: "subordinates", responsibleId, chain };
    }
    case "department":
      return {
        kind: "department",
        departmentId: String(record.departmentId),
        subjectDepartmentId: subject.departmentId ?? "",
      };
    case "direction":
      return { kind: "direction", directionId: String(record.directionId) };
    default:
      return { kind: "project" };
  }
}
