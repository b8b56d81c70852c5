import { z } from "zod";

import type { TProjectScope } from "../access/project-scope";
import { AppError } from "../../errors";

/** The lists whose filters an employee may keep under a name. */
export const SAVED_FILTER_LISTS = ["deals", "companies", "contacts", "tasks"] as const;
export type TSavedFilterList = (typeof SAVED_FILTER_LISTS)[number];
export type TSavedFilterRow = {
  id: string;
  list: TSavedFilterList;
  name: string;
  query: Record<string, string>;
  updatedAt: Date;
};

// Enough for a working set; a longer list of chips above a table stops being a shortcut.
export const MAX_SAVED_FILTERS_PER_LIST = 30;

const SELECT = { id: true, resource: true, name: true, query: true, updatedAt: true } as const;

// A row written by an older version, or by hand, reads as no filters rather than an error.
const ZStoredQuery = z.record(z.string(), z.string()).catch({});

function toRow(
  row: { id: string; name: string; query: unknown; updatedAt: Date },
  list: TSavedFilterList,
): TSavedFilterRow {
  return {
    id: row.id,
    list,
    name: row.name,
    query: ZStoredQuery.parse(row.query),
    updatedAt: row.updatedAt,
  };
}

/** The caller's own filters for one list, the most recently saved first. */
export async function listSavedFilters(
  scope: TProjectScope,
  list: TSavedFilterList,
): Promise<TSavedFilterRow[]> {
  const rows = await scope.db.savedFilter.findMany({
    where: { employeeId: scope.subject.employeeId, resource: list },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: SELECT,
  });
  return rows.map((row) => toRow(row, list));
}

/**
 * Saves under a name, replacing the caller's filter of the same name in any case, so
 * "Hot deals" saved twice stays one chip. Refused past the per-list limit, changing nothing.
 */
export async function saveFilter(
  scope: TProjectScope,
  input: { list: TSavedFilterList; name: string; query: Record<string, string> },
): Promise<TSavedFilterRow> {
  const owner = { employeeId: scope.subject.employeeId, resource: input.list };
  return scope.db.$transaction(async (tx) => {
    const sameName = await tx.savedFilter.findFirst({
      where: { ...owner, name: { equals: input.name, mode: "insensitive" } },
      select: { id: true },
    });
    if (sameName) {
      const updated = await tx.savedFilter.update({
        where: { id: sameName.id },
        data: { name: input.name, query: input.query, version: { increment: 1 } },
        select: SELECT,
      });
      return toRow(updated, input.list);
    }
    const count = await tx.savedFilter.count({ where: owner });
    if (count >= MAX_SAVED_FILTERS_PER_LIST) {
      throw new AppError(
        "INVALID_INPUT",
        { key: "reports.savedFiltersFull", params: { max: MAX_SAVED_FILTERS_PER_LIST } },
        { field: "name" },
      );
    }
    const created = await tx.savedFilter.create({
      data: { ...owner, projectId: scope.project.id, name: input.name, query: input.query },
      select: SELECT,
    });
    return toRow(created, input.list);
  });
}

/** Deletes one of the caller's filters; another employee's is NOT_FOUND, as if absent. */
export async function deleteSavedFilter(scope: TProjectScope, id: string): Promise<void> {
  const { count } = await scope.db.savedFilter.deleteMany({
    where: { id, employeeId: scope.subject.employeeId },
  });
  if (count === 0) throw new AppError("NOT_FOUND", { key: "reports.noSuchSavedFilter" });
}
