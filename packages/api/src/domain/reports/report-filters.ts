import type { Prisma, PrismaClient } from "@charter/db/client";

import { AppError } from "../../errors";
import {
  addDays,
  compareDates,
  parseLocalDate,
  startOfLocalDay,
  type TLocalDate,
} from "./zoned-time";

/** What a director narrows a report to; every field is optional but the time zone. */
export type TReportFilters = {
  /** First and last day of the period, `YYYY-MM-DD`, both included, in `timeZone`. */
  from?: string | undefined;
  to?: string | undefined;
  timeZone: string;
  /** The department and every department under it. */
  departmentId?: string | undefined;
  directionId?: string | undefined;
  responsibleId?: string | undefined;
  pipelineId?: string | undefined;
};

/** The filters checked against the project and turned into query bounds. */
export type TResolvedFilters = {
  projectId: string;
  timeZone: string;
  /** The period's days; a side is null when the period is open there. */
  days: { from: TLocalDate | null; to: TLocalDate | null };
  /** The same as a filter on an instant column: `{ gte: first instant, lt: after the last }`. */
  period: TInstantRange;
  departmentPath: string | null;
  directionId: string | null;
  responsibleId: string | null;
  pipelineId: string | null;
};

export type TInstantRange = { gte?: Date; lt?: Date };

/**
 * Checks the ids a filter needs to look up (a department's subtree, a pipeline's stages)
 * against the caller's project and fixes the period's instants. A missing `from` or `to`
 * leaves the period open on that side, unless the report supplies a default for it.
 */
export async function resolveReportFilters(
  db: PrismaClient,
  projectId: string,
  filters: TReportFilters,
  defaults: { from?: TLocalDate; to?: TLocalDate } = {},
): Promise<TResolvedFilters> {
  const from = filters.from ? parseLocalDate(filters.from) : (defaults.from ?? null);
  const to = filters.to ? parseLocalDate(filters.to) : (defaults.to ?? null);
  if (from && to && compareDates(from, to) > 0) {
    throw new AppError("INVALID_INPUT", { key: "reports.periodOrder" }, { field: "to" });
  }
  const [department, pipeline] = await Promise.all([
    filters.departmentId
      ? db.department.findFirst({
          where: { id: filters.departmentId, projectId },
          select: { path: true },
        })
      : null,
    filters.pipelineId
      ? db.pipeline.findFirst({
          where: { id: filters.pipelineId, projectId },
          select: { id: true },
        })
      : null,
  ]);
  if (filters.departmentId && !department) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "reports.noSuchDepartment" },
      { field: "departmentId" },
    );
  }
  if (filters.pipelineId && !pipeline) {
    throw new AppError("INVALID_INPUT", { key: "reports.noSuchPipeline" }, { field: "pipelineId" });
  }
  return {
    projectId,
    timeZone: filters.timeZone,
    days: { from, to },
    period: {
      ...(from ? { gte: startOfLocalDay(from, filters.timeZone) } : {}),
      ...(to ? { lt: startOfLocalDay(addDays(to, 1), filters.timeZone) } : {}),
    },
    departmentPath: department?.path ?? null,
    directionId: filters.directionId ?? null,
    responsibleId: filters.responsibleId ?? null,
    pipelineId: filters.pipelineId ?? null,
  };
}

/** The user's filters on deals (not the reach: callers put that beside it). */
export function dealFiltersWhere(filters: TResolvedFilters): Prisma.DealWhereInput {
  return {
    projectId: filters.projectId,
    ...(filters.directionId ? { directionId: filters.directionId } : {}),
    ...(filters.responsibleId ? { responsibleId: filters.responsibleId } : {}),
    ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}),
    ...(filters.departmentPath
      ? { department: { is: { path: { startsWith: filters.departmentPath } } } }
      : {}),
  };
}

/** The same on activities; the period is when the activity took place. */
export function activityFiltersWhere(filters: TResolvedFilters): Prisma.ActivityWhereInput {
  return {
    projectId: filters.projectId,
    ...(filters.directionId ? { directionId: filters.directionId } : {}),
    ...(filters.responsibleId ? { responsibleId: filters.responsibleId } : {}),
    ...(filters.departmentPath
      ? { department: { is: { path: { startsWith: filters.departmentPath } } } }
      : {}),
    ...withinPeriod("occurredAt", filters.period),
  };
}

/** `{ [field]: the period }`, or nothing when the period is open on both sides. */
export function withinPeriod<F extends string>(
  field: F,
  period: TInstantRange,
): Partial<Record<F, TInstantRange>> {
  if (!period.gte && !period.lt) return {};
  return { [field]: period } as Record<F, TInstantRange>;
}
