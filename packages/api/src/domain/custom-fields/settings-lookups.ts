import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TDbClient } from "../access/project-scope";
import type { TCardKind } from "./card-kinds";

// Sections and fields are project settings: found by id within the project only, so an id of
// another project reads as missing.

export async function findSectionOrThrow(db: TDbClient, projectId: string, id: string) {
  const section = await db.section.findFirst({ where: { id, projectId } });
  if (!section)
    throw new AppError("NOT_FOUND", { key: "access.noSuchId", params: { thing: "section" } });
  return section;
}

export async function findFieldOrThrow(db: TDbClient, projectId: string, id: string) {
  const field = await db.customField.findFirst({ where: { id, projectId } });
  if (!field)
    throw new AppError("NOT_FOUND", { key: "access.noSuchId", params: { thing: "field" } });
  return field;
}

export function staleSetting(what: "section" | "field"): AppError {
  return new AppError("CONFLICT", { key: "fields.staleSetting", params: { thing: what } });
}

/** For `.catch` on a write at a version: no row at that version is a conflict, not a crash. */
export function rethrowStale(what: "section" | "field"): (error: unknown) => never {
  return (error) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw staleSetting(what);
    throw error;
  };
}

export function assertVersion(what: "section" | "field", stored: number, given: number): void {
  if (stored !== given) throw staleSetting(what);
}

/** A type named on a section must be this project's type of the same record kind (F1). */
export async function assertSectionTypeOrThrow(
  db: TDbClient,
  projectId: string,
  kind: TCardKind,
  typeId: string | null | undefined,
): Promise<void> {
  if (!typeId) return;
  const type = await db.recordType.findFirst({ where: { id: typeId, projectId, kind } });
  if (!type) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "clients.noTypeOfKind", params: { kind } },
      { field: "typeId" },
    );
  }
}

/** Groups a section is limited to must be CRM groups of the project (D8). */
export async function assertGroupsOrThrow(
  db: TDbClient,
  projectId: string,
  groupIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(groupIds)];
  if (unique.length === 0) return;
  const found = await db.crmGroup.count({ where: { projectId, id: { in: unique } } });
  if (found !== unique.length) {
    throw new AppError("INVALID_INPUT", { key: "fields.notCrmGroups" }, { field: "groupIds" });
  }
}
