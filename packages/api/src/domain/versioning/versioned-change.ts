import { Prisma } from "@charter/db/client";

import type { TErrorNoun } from "../../error-messages";
import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";

export function staleVersion(noun: TErrorNoun): AppError {
  return new AppError("CONFLICT", { key: "access.staleOpened", params: { thing: noun } });
}

/** A write matching `{ id, version }`: no row at that version is a conflict, not a crash. */
export async function saveAtVersion<T>(noun: TErrorNoun, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw staleVersion(noun);
    throw error;
  }
}

/**
 * One versioned change with its audit entry, inside the caller's transaction: read the row,
 * refuse a stale version with CONFLICT, write it (the write itself matches the version, so a
 * race loses the same way), and audit before and after. Permission is the caller's job,
 * decided before this runs.
 */
export async function changeAtVersion<T extends { version: number }>(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  input: {
    resource: string;
    noun: TErrorNoun;
    id: string;
    version: number;
    action?: string;
    read: () => Promise<T>;
    write: () => Promise<T>;
    /** Extra facts for the audit entry's `after` (e.g. the tasks a move created). */
    auditExtra?: (after: T) => Record<string, unknown>;
  },
): Promise<{ before: T; after: T }> {
  const before = await input.read();
  if (before.version !== input.version) throw staleVersion(input.noun);
  const after = await saveAtVersion(input.noun, input.write);
  await scope.writeAudit(tx, {
    action: input.action ?? "update",
    resource: input.resource,
    recordId: input.id,
    before,
    after: input.auditExtra ? { ...after, ...input.auditExtra(after) } : after,
  });
  return { before, after };
}
