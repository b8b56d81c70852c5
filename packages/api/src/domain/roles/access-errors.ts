import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

// The errors of the roles, groups and overrides settings, worded for the admin who sees them.

export type TAccessThing =
  "role" | "grant" | "fieldRule" | "roleAssignment" | "group" | "override" | "employee";

export function missing(thing: TAccessThing): AppError {
  return new AppError("NOT_FOUND", { key: "access.notInProject", params: { thing } });
}

export function stale(thing: TAccessThing): AppError {
  return new AppError("CONFLICT", { key: "roles.staleCheck", params: { thing } });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A unique name taken by another row becomes a message naming the field and the value. */
export function nameTaken(
  error: unknown,
  name: string | undefined,
  thing: "role" | "group",
): unknown {
  if (isUniqueViolation(error)) {
    return new AppError(
      "CONFLICT",
      {
        key: thing === "role" ? "roles.roleNameTaken" : "roles.groupNameTaken",
        params: { name: name ?? "" },
      },
      { field: "name" },
    );
  }
  return error;
}

/** `update … where { id, version }` found no row at that version: someone changed it first. */
export function staleOnMissingRow(error: unknown, thing: TAccessThing): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    return stale(thing);
  }
  return error;
}
