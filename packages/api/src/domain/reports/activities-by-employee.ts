import type { ActivityKind, Prisma, PrismaClient } from "@charter/db/client";

import { activityFiltersWhere } from "./report-filters";
import type { TReportQuery } from "./report-query";

export const ACTIVITY_KINDS = [
  "call",
  "meeting",
  "note",
  "email",
] as const satisfies readonly ActivityKind[];

export type TKindCounts = Record<ActivityKind, number>;

export type TActivitiesByEmployee = {
  employees: { employee: { id: string; name: string }; total: number; byKind: TKindCounts }[];
  totals: { total: number; byKind: TKindCounts };
};

/**
 * The activities behind one cell (SPEC J1): those the caller may view, with the report's
 * filters (the period is when they took place), of one responsible and one kind.
 */
export function activityFigureWhere(
  query: TReportQuery,
  figure: { responsibleId?: string | undefined; kind?: ActivityKind | undefined } = {},
): Prisma.ActivityWhereInput {
  return {
    AND: [
      query.activityReach,
      activityFiltersWhere(query.filters),
      figure.responsibleId ? { responsibleId: figure.responsibleId } : {},
      figure.kind ? { kind: figure.kind } : {},
    ],
  };
}

function zeroCounts(): TKindCounts {
  return { call: 0, meeting: 0, note: 0, email: 0 };
}

/** Activities per responsible and kind, the people in name order. */
export async function computeActivitiesByEmployee(
  db: PrismaClient,
  query: TReportQuery,
): Promise<TActivitiesByEmployee> {
  const groups = await db.activity.groupBy({
    by: ["responsibleId", "kind"],
    where: activityFigureWhere(query),
    _count: { _all: true },
  });
  const people = await db.employee.findMany({
    where: {
      projectId: query.filters.projectId,
      id: { in: [...new Set(groups.map((group) => group.responsibleId))] },
    },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });

  const totals = { total: 0, byKind: zeroCounts() };
  const rows = people.map((employee) => {
    const byKind = zeroCounts();
    for (const group of groups.filter((candidate) => candidate.responsibleId === employee.id)) {
      byKind[group.kind] += group._count._all;
      totals.byKind[group.kind] += group._count._all;
    }
    const total = ACTIVITY_KINDS.reduce((sum, kind) => sum + byKind[kind], 0);
    totals.total += total;
    return { employee, total, byKind };
  });
  return { employees: rows, totals };
}
