import { decide, describeDecision } from "@charter/core/engine";
import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";

export type TOrgEntity = "department" | "branch" | "direction" | "workGroup";

const NOUNS: Record<TOrgEntity, string> = {
  department: "department",
  branch: "branch",
  direction: "sales direction",
  workGroup: "work group",
};

export function notFound(entity: TOrgEntity): AppError {
  return new AppError(
    "NOT_FOUND",
    `There is no such ${NOUNS[entity]} in this project. It may have been deleted.`,
  );
}

export function stale(entity: TOrgEntity): AppError {
  return new AppError(
    "CONFLICT",
    `Someone changed this ${NOUNS[entity]} since you loaded it. Reload and try again.`,
  );
}

/** A unique constraint on a name or code becomes a message naming the field and the value. */
export function uniqueTaken(error: unknown, field: string, value: string, where: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError("CONFLICT", `${field}: "${value}" is already used ${where}.`);
  }
  return error;
}

/** Records still stamped with the row (a foreign key) keep it from being deleted. */
export function stillReferenced(error: unknown, what: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
    return new AppError(
      "CONFLICT",
      `${what} is still used by employees or records; move them elsewhere first.`,
    );
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
  throw new AppError("FORBIDDEN", `You may not delete this ${NOUNS[entity]}. ${why}`, {
    rule: decision.reason.rule,
  });
}
