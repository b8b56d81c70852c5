import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

type TAdapterCause = { originalCode?: unknown; originalMessage?: unknown };

/**
 * The Employee triggers hold the hierarchy rules whatever the code does (docs/database.md);
 * when one fires despite the checks before it (two changes at once), its message is already
 * written for a person, so it becomes an input error instead of a server error.
 */
export function toRuleViolation(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const meta = error.meta as { driverAdapterError?: { cause?: TAdapterCause } } | undefined;
  const cause = meta?.driverAdapterError?.cause;
  if (cause?.originalCode !== "23514" || typeof cause.originalMessage !== "string") return null;
  return new AppError("INVALID_INPUT", {
    key: "employees.hierarchyRule",
    params: { detail: cause.originalMessage },
  });
}
