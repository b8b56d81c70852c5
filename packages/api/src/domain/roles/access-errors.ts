import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

// The errors of the roles, groups and overrides settings, worded for the admin who sees them.

export type TAccessThing =
  "role" | "grant" | "field rule" | "role assignment" | "group" | "override" | "employee";

export function missing(thing: TAccessThing): AppError {
  return new AppError(
    "NOT_FOUND",
    `There is no such ${thing} in this project. It may have been deleted.`,
  );
}

export function stale(thing: TAccessThing): AppError {
  return new AppError(
    "CONFLICT",
    `Someone changed this ${thing} since you loaded it. Reload it, check their change and try again.`,
  );
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A unique name taken by another row becomes a message naming the field and the value. */
export function nameTaken(error: unknown, name: string | undefined, thing: TAccessThing): unknown {
  if (isUniqueViolation(error)) {
    return new AppError(
      "CONFLICT",
      `name: "${name ?? ""}" is already the name of another ${thing}; choose another.`,
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
