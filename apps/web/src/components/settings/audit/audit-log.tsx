"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useUrlParams } from "~/lib/use-url-params";
import { useTRPC } from "~/trpc/react";

import { useAllEmployees } from "../employees/use-employee-lookups";
import { LoadError } from "../load-error";
import { SettingsPageHeader } from "../settings-page-header";
import { useSettingsError } from "../use-settings-error";
import { AuditEntries } from "./audit-entries";
import { AUDIT_FILTER_KEYS, AuditFilters, type TAuditFilterValues } from "./audit-filters";
import { auditPeriod } from "./audit-period";

const URL_KEYS = [...AUDIT_FILTER_KEYS, "cursor"] as const;
const PAGE = 50;

/** E3: the audit log, filtered by who, what, record and period, page by page, all in the URL. */
export function AuditLog() {
  const t = useT();
  const trpc = useTRPC();
  const readError = useSettingsError();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const people = useAllEmployees();
  const names = useMemo(
    () => new Map((people.employees ?? []).map((employee) => [employee.id, employee.name])),
    [people.employees],
  );
  const nameOf = (id: string | null) => (id ? names.get(id) : undefined);

  const log = useQuery(
    trpc.audit.list.queryOptions(
      {
        employeeId: params.who ?? undefined,
        actorEmail: params.email ?? undefined,
        action: params.action ?? undefined,
        resource: params.resource ?? undefined,
        recordId: params.record ?? undefined,
        ...auditPeriod(params.from, params.to),
        cursor: params.cursor ?? undefined,
        limit: PAGE,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const inputError = log.isError && readApiError(log.error).kind === "invalid" ? log.error : null;
  const filters = Object.fromEntries(
    AUDIT_FILTER_KEYS.map((key) => [key, params[key]]),
  ) as TAuditFilterValues;

  return (
    <div className="space-y-5">
      <SettingsPageHeader title={t("settings.area.audit")} intro={t("settings.audit.intro")} />
      <AuditFilters
        values={filters}
        whoName={nameOf(params.who) ?? null}
        onApply={(next) => setParams({ ...next, cursor: null })}
        error={readError(inputError)}
      />
      {log.isError && !inputError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <AuditEntries
            entries={inputError ? [] : log.data?.items}
            loading={log.isPending}
            nameOf={nameOf}
            onRecord={(record) => setParams({ record, cursor: null })}
          />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="text-sm text-slate-600">
              {log.isFetching && !log.isPending ? t("common.loading") : null}
            </p>
            <div className="flex gap-2">
              {params.cursor ? (
                <Button variant="ghost" onClick={() => setParams({ cursor: null })}>
                  {t("settings.audit.newest")}
                </Button>
              ) : null}
              {log.data?.nextCursor ? (
                <Button
                  variant="secondary"
                  onClick={() => setParams({ cursor: log.data?.nextCursor ?? null })}
                >
                  {t("settings.audit.older")}
                </Button>
              ) : null}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
