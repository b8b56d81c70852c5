import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { toCsv } from "./csv";
import type { TColumn, TExportKind } from "./export-columns";

/** More rows than this is refused: a file that size belongs to a backup, not an export. */
export const MAX_EXPORT_ROWS = 10_000;

export type TExportResult = {
  /** The audit entry's record id: the export itself has no other. */
  exportId: string;
  fileName: string;
  contentType: "text/csv; charset=utf-8";
  rowCount: number;
  columns: string[];
  csv: string;
};

const FILE_NAMES: Record<TExportKind, string> = {
  company: "companies",
  contact: "contacts",
  deal: "deals",
};

export type TExportPlan<Row> = {
  resource: TExportKind;
  /** The user's filter as they gave it, for the audit entry. */
  filter: Record<string, unknown>;
  maxRows?: number;
  /**
   * Reads at most `take` rows of `reach(resource, "export")` ∩ the filter, and the columns
   * the subject may read, inside the export's transaction.
   */
  read: (
    tx: Prisma.TransactionClient,
    take: number,
  ) => Promise<{ rows: Row[]; columns: TColumn<Row>[] }>;
};

/**
 * One export (SPEC E3, D7): the read and its audit entry in one transaction, so there is no
 * export without its entry and no entry for an export that failed. Past the row cap nothing is
 * returned and nothing is written; the message says how to get under it.
 */
export async function runExport<Row>(
  scope: Pick<TProjectScope, "db" | "subject" | "writeAudit">,
  plan: TExportPlan<Row>,
): Promise<TExportResult> {
  const maxRows = plan.maxRows ?? MAX_EXPORT_ROWS;
  return scope.db.$transaction(
    async (tx) => {
      const { rows, columns } = await plan.read(tx, maxRows + 1);
      if (rows.length > maxRows) {
        throw new AppError("INVALID_INPUT", {
          key: "exports.tooManyRows",
          params: { max: maxRows, records: plan.resource },
        });
      }
      const headers = columns.map((column) => column.header);
      const exportId = crypto.randomUUID();
      await scope.writeAudit(tx, {
        action: "export",
        resource: plan.resource,
        recordId: exportId,
        after: { count: rows.length, filter: plan.filter, columns: headers },
      });
      return {
        exportId,
        fileName: `${FILE_NAMES[plan.resource]}-${scope.subject.context.now.toISOString().slice(0, 10)}.csv`,
        contentType: "text/csv; charset=utf-8",
        rowCount: rows.length,
        columns: headers,
        csv: toCsv([headers, ...rows.map((row) => columns.map((column) => column.cell(row)))]),
      };
    },
    // One snapshot: the rows, their linked names and custom values agree with each other.
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
}
