import { decide, describeDecision } from "@charter/core/engine";
import { Prisma } from "@charter/db/client";

import type { TErrorNoun } from "../../error-messages";
import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";

export type TOrgEntity = "department" | "branch" | "direction" | "workGroup";

const NOUNS = {
  department: "department",
  branch: "branch",
  direction: "salesDirection",
  workGroup: "workGroup",
} as const satisfies Record<TOrgEntity, TErrorNoun>;

export function notFound(entity: TOrgEntity): AppError {
  return new AppError("NOT_FOUND", {
    key: "access.notInProject",
    params: { thing: NOUNS[entity] },
  });
}

export function stale(entity: TOrgEntity): AppError {
  return new AppError("CONFLICT", { key: "org.staleReload", params: { thing: NOUNS[entity] } });
}

const TAKEN_BY = {
  department: "org.takenByDepartment",
  branch: "org.takenByBranch",
  direction: "org.takenByDirection",
  workGroup: "org.takenByWorkGroup",
} as const satisfies Record<TOrgEntity, string>;

/** Where a name or code must be unique: among siblings, or within the entity's kind. */
export type TUniqueAmong = "sameParent" | "newParent" | TOrgEntity;

/** A unique constraint on a name or code becomes a message naming the field and the value. */
export function uniqueTaken(
  error: unknown,
  field: string,
  value: string,
  among: TUniqueAmong,
): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    if (among === "sameParent")
      return new AppError("CONFLICT", { key: "org.takenSameParent", params: { value } }, { field });
    if (among === "newParent")
      return new AppError("CONFLICT", { key: "org.takenNewParent" }, { field });
    return new AppError("CONFLICT", { key: TAKEN_BY[among], params: { value } }, { field });
  }
  return error;
}

/** Records still stamped with the row (a foreign key) keep it from being deleted. */
export function stillReferenced(error: unknown, name: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
    return new AppError("CONFLICT", { key: "org.stillReferenced", params: { name } });
  }
  return error;
}

/**
 * Deleting org structure is a protected operation of the engine (PERMISSIONS.md step 5): it is
 * decided on a target naming the entity, so only deleting the project itself is reserved.
 * The engine's catalogue has no work-group entity; work groups stop at `requires`.
 */
export function assertOrgDelete(
  scope: TProjectScope,
  entity: "department" | "branch" | "direction",
): void {
  const record = { projectId: scope.project.id, entity };
  const decision = decide(scope.subject, "delete", "settings.org", record);
  if (decision.allowed) return;
  const why = describeDecision(decision, {
    subject: scope.subject,
    action: "delete",
    resource: "settings.org",
    record,
  });
  throw new AppError(
    "FORBIDDEN",
    {
      key: "access.forbiddenRecord",
      params: { action: "delete", thing: NOUNS[entity], detail: why },
    },
    { rule: decision.reason.rule },
  );
}
