"use client";

import Link from "next/link";
import { useCallback, useState } from "react";

import { buttonClasses, Button } from "~/components/ui/button";
import { DataTable } from "~/components/ui/data-table";
import { SearchField } from "~/components/ui/search-field";
import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";

import { LoadError } from "../load-error";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import {
  EMPLOYEE_STATUSES,
  isEmployeeStatus,
  isUserType,
  STATUS_LABELS,
  USER_TYPE_LABELS,
  USER_TYPES,
} from "./employee-labels";
import { filterEmployees, hasFilters, type TEmployeeFilters } from "./employee-filters";
import { EmployeeLink } from "./employee-link";
import { EmployeeStatusBadges } from "./employee-status-badges";
import { useAllEmployees, usePlacementLookups } from "./use-employee-lookups";

const URL_KEYS = ["q", "type", "status", "department", "branch"] as const;

/** C1: the employees, searchable and filtered, with the search and filters in the URL. */
export function EmployeesList() {
  const t = useT();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const [now] = useState(() => new Date());
  const lookups = usePlacementLookups();
  const may = useMay("settings.employees", ["create"]);
  const all = useAllEmployees(params.q ?? undefined);
  const filters: TEmployeeFilters = {
    userType: isUserType(params.type) ? params.type : null,
    status: isEmployeeStatus(params.status) ? params.status : null,
    departmentId: params.department,
    branchId: params.branch,
  };
  const rows = all.employees ? filterEmployees(all.employees, filters) : undefined;
  const search = useCallback((q: string) => setParams({ q }, { history: "replace" }), [setParams]);
  const narrowed = hasFilters(filters) || Boolean(params.q);

  return (
    <div className="space-y-5">
      <SettingsPageHeader
        title={t("settings.area.employees")}
        intro={t("settings.employees.intro")}
        actions={
          offered(may, "create") ? (
            <Link href="/settings/employees/new" className={buttonClasses("primary")}>
              {t("settings.employees.new")}
            </Link>
          ) : null
        }
      />
      <div
        role="search"
        aria-label={t("settings.employees.filtersLabel")}
        className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs"
      >
        <SearchField
          label={t("settings.employees.search")}
          placeholder={t("settings.employees.searchPlaceholder")}
          value={params.q ?? ""}
          onCommit={search}
        />
        <Select
          label={t("settings.employees.userType")}
          containerClassName="w-44"
          value={filters.userType ?? ""}
          placeholder={t("settings.employees.any")}
          options={USER_TYPES.map((type) => ({ value: type, label: t(USER_TYPE_LABELS[type]) }))}
          onChange={(event) => setParams({ type: event.target.value })}
        />
        <Select
          label={t("settings.employees.status")}
          containerClassName="w-44"
          value={filters.status ?? ""}
          placeholder={t("settings.employees.any")}
          options={EMPLOYEE_STATUSES.map((status) => ({
            value: status,
            label: t(STATUS_LABELS[status]),
          }))}
          onChange={(event) => setParams({ status: event.target.value })}
        />
        {lookups.departments.length > 0 ? (
          <Select
            label={t("settings.employees.department")}
            containerClassName="w-56"
            value={filters.departmentId ?? ""}
            placeholder={t("settings.employees.any")}
            options={lookups.departments}
            onChange={(event) => setParams({ department: event.target.value })}
          />
        ) : null}
        {lookups.branches.length > 0 ? (
          <Select
            label={t("settings.employees.branch")}
            containerClassName="w-40"
            value={filters.branchId ?? ""}
            placeholder={t("settings.employees.any")}
            options={lookups.branches}
            onChange={(event) => setParams({ branch: event.target.value })}
          />
        ) : null}
        {hasFilters(filters) ? (
          <Button
            variant="ghost"
            onClick={() => setParams({ type: null, status: null, department: null, branch: null })}
          >
            {t("settings.employees.clearFilters")}
          </Button>
        ) : null}
      </div>

      {all.isError ? (
        <LoadError error={all.error} onRetry={() => void all.refetch()} />
      ) : (
        <>
          <DataTable
            caption={t("settings.area.employees")}
            rows={rows}
            loading={all.isPending}
            rowKey={(employee) => employee.id}
            empty={narrowed ? t("common.noResults") : t("settings.employees.empty")}
            columns={[
              {
                key: "name",
                header: t("settings.employees.name"),
                rowHeader: true,
                cell: (employee) => (
                  <span className="flex flex-col">
                    <EmployeeLink id={employee.id} name={employee.name} />
                    <span className="text-xs font-normal text-slate-500">{employee.email}</span>
                  </span>
                ),
              },
              {
                key: "position",
                header: t("settings.employees.position"),
                cell: (employee) => employee.position ?? t("common.none"),
              },
              {
                key: "type",
                header: t("settings.employees.userType"),
                cell: (employee) => t(USER_TYPE_LABELS[employee.userType]),
              },
              {
                key: "department",
                header: t("settings.employees.department"),
                cell: (employee) => lookups.nameOf(employee.departmentId) ?? t("common.none"),
              },
              {
                key: "branch",
                header: t("settings.employees.branch"),
                cell: (employee) => lookups.nameOf(employee.branchId) ?? t("common.none"),
              },
              {
                key: "status",
                header: t("settings.employees.status"),
                cell: (employee) => <EmployeeStatusBadges employee={employee} now={now} />,
              },
            ]}
          />
          {rows ? (
            <p role="status" className="text-sm text-slate-600">
              {all.complete
                ? t("settings.employees.count", { count: rows.length })
                : t("common.loadingMore")}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
