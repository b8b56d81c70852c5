import type { Prisma } from "@charter/db/client";

/** Who did it and from where: taken from the request context, never from input. */
export type TAuditActor = {
  projectId: string;
  employeeId: string;
  actorEmail: string;
  ip: string | null;
};

export type TAuditEntry = {
  action: "create" | "update" | "delete" | "assign" | (string & {});
  resource: string;
  recordId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one entry to the audit log (SPEC E3). Takes the transaction client on purpose:
 * the entry commits or rolls back with the change it records, so the log never claims a
 * change that did not happen, nor misses one that did.
 */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: TAuditActor,
  entry: TAuditEntry,
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      projectId: actor.projectId,
      employeeId: actor.employeeId,
      actorEmail: actor.actorEmail,
      ip: actor.ip,
      action: entry.action,
      resource: entry.resource,
      recordId: entry.recordId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates become ISO strings and Decimals strings, as they would over the wire.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
