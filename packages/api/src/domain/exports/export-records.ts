import type { FieldAccess } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import {
  customColumns,
  onlyReadableValues,
  readableColumns,
  readableCustomColumns,
  type TColumn,
  type TExportKind,
  type TStoredValue,
} from "./export-columns";
import { runExport, type TExportResult } from "./run-export";

type TRecordExport<Row> = {
  resource: TExportKind;
  /** The user's filter as they gave it, for the audit entry. */
  filter: Record<string, unknown>;
  maxRows?: number;
  /** The subject's access to the built-in fields: a hidden one's column is left out. */
  access: Record<string, FieldAccess>;
  /**
   * At most `take` rows of `reach(resource, "export")` ∩ the filter, their custom values
   * selected by `customValues` (the readable fields' only).
   */
  find: (
    tx: Prisma.TransactionClient,
    read: { take: number; customValues: ReturnType<typeof onlyReadableValues> },
  ) => Promise<Row[]>;
  /** The built-in columns, given the rows read (to look up the names they link to). */
  columns: (tx: Prisma.TransactionClient, rows: Row[]) => Promise<TColumn<Row>[]> | TColumn<Row>[];
};

/**
 * An export of one record kind (SPEC E3, D8): the rows, the built-in columns the subject may
 * read, then one column per custom field of a section they may read, whose values alone are
 * loaded; read, audited and capped by runExport.
 */
export function exportRecords<Row extends { customValues: TStoredValue[] }>(
  scope: TProjectScope,
  { access, find, columns, ...plan }: TRecordExport<Row>,
): Promise<TExportResult> {
  return runExport<Row>(scope, {
    ...plan,
    read: async (tx, take) => {
      const custom = await readableCustomColumns(
        tx,
        scope.subject,
        scope.project.id,
        plan.resource,
      );
      const rows = await find(tx, { take, customValues: onlyReadableValues(custom) });
      return {
        rows,
        columns: [
          ...readableColumns(await columns(tx, rows), access),
          ...customColumns<Row>(custom),
        ],
      };
    },
  });
}
