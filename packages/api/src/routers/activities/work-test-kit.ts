import type { PrismaClient } from "@charter/db/client";

// Helpers shared by the activities, tasks and reminders tests.

export type TRefusal = { code: string; message: string; appCode?: string };

/** The error a call failed with; fails the test if it succeeded. */
export async function refusalOf(promise: Promise<unknown>): Promise<TRefusal> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => {
      const { code, message, appCode } = error as TRefusal;
      return { code, message, appCode };
    },
  );
}

/** The audit entries of one record, oldest first. */
export async function auditOf(db: PrismaClient, recordId: string) {
  return db.auditEntry.findMany({
    where: { recordId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, resource: true, employeeId: true, before: true, after: true },
  });
}

/** A company of the persona's, for linking. */
export async function companyOf(db: PrismaClient, responsibleId: string) {
  return db.company.findFirstOrThrow({
    where: { responsibleId },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
