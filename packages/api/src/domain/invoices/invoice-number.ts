import type { Prisma } from "@charter/db/client";

/**
 * The project's next invoice number, `YYYY-NNNNN`, restarting each (UTC) year. Creates in one
 * project take turns on a transaction-scoped advisory lock, held until the new invoice
 * commits, so two at once can never read the same last number; the unique index on
 * (projectId, number) stays as the backstop. Other projects are not held up.
 */
export async function allocateInvoiceNumber(
  tx: Prisma.TransactionClient,
  projectId: string,
  now: Date,
): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invoice-number:${projectId}`}, 0))`;
  const year = String(now.getUTCFullYear());
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    SELECT COALESCE(MAX(substring("number" FROM 6)::int), 0)::int AS "last"
    FROM "Invoice"
    WHERE "projectId" = ${projectId}::uuid AND "number" ~ ${`^${year}-[0-9]{1,9}$`}`;
  return `${year}-${String((row?.last ?? 0) + 1).padStart(5, "0")}`;
}
