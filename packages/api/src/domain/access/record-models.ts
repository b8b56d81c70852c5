import type { RecordResource } from "@charter/core/engine";
import type { Prisma, PrismaClient } from "@charter/db/client";

type TFindFirst = (args: {
  where: object;
  select: object;
}) => Promise<Record<string, unknown> | null>;

// The data contract's resource names and their Prisma delegates.
const DELEGATES = {
  company: "company",
  contact: "contact",
  object: "crmObject",
  deal: "deal",
  interest: "interest",
  activity: "activity",
  task: "task",
  reminder: "reminder",
  document: "document",
  invoice: "invoice",
} as const satisfies Record<RecordResource, keyof PrismaClient>;

/**
 * `findFirst` of a record resource's model. The delegates' argument types differ per model;
 * callers pass a where built for that same resource (`TWhereByResource[R]`), so the cast
 * loses nothing the caller did not already check.
 */
export function findFirstOf(
  db: PrismaClient | Prisma.TransactionClient,
  resource: RecordResource,
): TFindFirst {
  const delegate = db[DELEGATES[resource]] as unknown as { findFirst: TFindFirst };
  return (args) => delegate.findFirst(args);
}
