"use client";

import { useQuery } from "@tanstack/react-query";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { hasActiveFilters, type TReportParams, type TReportUrlKey } from "../report-params";
import { EmployeeFilter } from "./employee-filter";
import { ListFilter } from "./list-filter";
import { PeriodFilter } from "./period-filter";
import { departmentOptions } from "./department-options";
import { filterOptions } from "./use-filter-options";

type TPatch = Partial<Record<TReportUrlKey, string | null>>;

/**
 * The dashboard's filters, every one kept in the URL. The lists they choose from come from
 * the settings the reader may read; a filter whose list is refused is simply not offered.
 */
export function ReportFiltersBar({
  params,
  today,
  onChange,
}: {
  params: TReportParams;
  today: string;
  onChange: (patch: TPatch) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const departments = useQuery(trpc.org.listDepartments.queryOptions({}));
  const directions = useQuery(trpc.org.listDirections.queryOptions({}));
  const pipelines = useQuery(trpc.pipelines.list.queryOptions({}));

  return (
    <section
      aria-label={t("reports.filters.label")}
      className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-xs"
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-3">
        <PeriodFilter params={params} today={today} onChange={onChange} />
        <ListFilter
          label={t("reports.filters.department")}
          options={filterOptions(departments, departmentOptions)}
          value={params.department}
          onChange={(department) => onChange({ department })}
        />
        <ListFilter
          label={t("reports.filters.direction")}
          options={filterOptions(directions, (rows) =>
            rows.map((direction) => ({ value: direction.id, label: direction.name })),
          )}
          value={params.direction}
          onChange={(direction) => onChange({ direction })}
        />
        <EmployeeFilter value={params.employee} onChange={(employee) => onChange({ employee })} />
        <ListFilter
          label={t("reports.filters.pipeline")}
          options={filterOptions(pipelines, (rows) =>
            rows.map((pipeline) => ({ value: pipeline.id, label: pipeline.name })),
          )}
          value={params.pipeline}
          onChange={(pipeline) => onChange({ pipeline })}
        />
        {hasActiveFilters(params) ? (
          <Button
            variant="ghost"
            className="mt-6"
            onClick={() =>
              onChange({
                period: null,
                from: null,
                to: null,
                department: null,
                direction: null,
                employee: null,
                pipeline: null,
              })
            }
          >
            {t("reports.filters.reset")}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
