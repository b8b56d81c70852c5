import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import type { TCardKind } from "./card-kinds";

// Record types of companies, contacts and objects (SPEC F1): each type's own sections hang off
// it. Audited under `settings.fields`, like the sections.

const TYPE_SELECT = { id: true, kind: true, name: true, version: true } as const;

export type TRecordType = { id: string; kind: TCardKind; name: string; version: number };

function present(row: { id: string; kind: string; name: string; version: number }): TRecordType {
  // Types are only ever created here with a card kind.
  return { ...row, kind: row.kind as TCardKind };
}

function nameTaken(error: unknown, kind: TCardKind, name: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError(
      "CONFLICT",
      { key: "fields.typeNameTaken", params: { kind, name } },
      {
        field: "name",
      },
    );
  }
  return error;
}

async function findTypeOrThrow(tx: Prisma.TransactionClient, projectId: string, id: string) {
  const type = await tx.recordType.findFirst({
    where: { id, projectId, kind: { in: ["company", "contact", "object"] } },
  });
  if (!type)
    throw new AppError("NOT_FOUND", { key: "access.noSuchId", params: { thing: "recordType" } });
  return type;
}

function staleType(): AppError {
  return new AppError("CONFLICT", { key: "fields.staleType" });
}

export async function createRecordType(
  scope: TProjectScope,
  input: { kind: TCardKind; name: string },
): Promise<TRecordType> {
  return scope.db
    .$transaction(async (tx) => {
      const type = await tx.recordType.create({
        data: { projectId: scope.project.id, kind: input.kind, name: input.name },
        select: TYPE_SELECT,
      });
      await scope.writeAudit(tx, {
        action: "create",
        resource: "settings.fields",
        recordId: type.id,
        after: type,
      });
      return present(type);
    })
    .catch((error: unknown) => {
      throw nameTaken(error, input.kind, input.name);
    });
}

export async function renameRecordType(
  scope: TProjectScope,
  input: { id: string; version: number; name: string },
): Promise<TRecordType> {
  return scope.db.$transaction(async (tx) => {
    const before = await findTypeOrThrow(tx, scope.project.id, input.id);
    if (before.version !== input.version) throw staleType();
    const after = await tx.recordType
      .update({
        where: { id: input.id, version: input.version },
        data: { name: input.name, version: { increment: 1 } },
        select: TYPE_SELECT,
      })
      .catch((error: unknown) => {
        throw nameTaken(error, present(before).kind, input.name);
      });
    await scope.writeAudit(tx, {
      action: "update",
      resource: "settings.fields",
      recordId: input.id,
      before,
      after,
    });
    return present(after);
  });
}

/**
 * Deletes a type no record uses, with its own sections, their fields and values. A type in use
 * is refused: its records would silently lose the sections they show.
 */
export async function deleteRecordType(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await findTypeOrThrow(tx, scope.project.id, input.id);
    if (before.version !== input.version) throw staleType();
    const where = { typeId: input.id };
    const used =
      (await tx.company.count({ where })) +
      (await tx.contact.count({ where })) +
      (await tx.crmObject.count({ where }));
    if (used > 0) {
      throw new AppError("CONFLICT", {
        key: used === 1 ? "fields.typeUsedOnce" : "fields.typeUsed",
        params: { count: used, typeName: before.name },
      });
    }
    const sections = await tx.section.findMany({
      where,
      select: { id: true, name: true, fields: { select: { id: true, label: true } } },
    });
    const deleted = await tx.recordType.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (deleted.count === 0) throw staleType();
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "settings.fields",
      recordId: input.id,
      before: { ...before, sections },
    });
  });
}
