"use client";

import { useQuery } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { useState, type ReactNode } from "react";

import { Badge } from "~/components/ui/badge";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { LoadError } from "../load-error";
import { EmployeeOverrides } from "../roles/employee-overrides";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import { BackLink } from "./back-link";
import { EmployeeEditForm } from "./employee-edit-form";
import { EmployeeExpiryControl } from "./employee-expiry-control";
import { USER_TYPE_LABELS } from "./employee-labels";
import { EmployeeStatusBadges } from "./employee-status-badges";
import { EmployeeStatusControl } from "./employee-status-control";

/** One employee's page: details and placement, then access (status and expiry). */
export function EmployeeDetails({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const [now] = useState(() => new Date());
  const may = useMay("settings.employees", ["edit"]);
  const employee = useQuery(trpc.employees.get.queryOptions({ id }));

  // An employee the reader may not see is, to them, one that does not exist (D7); so is an
  // address that is not an employee id at all.
  if (employee.isError && ["not-found", "invalid"].includes(readApiError(employee.error).kind))
    notFound();
  if (employee.isError)
    return <LoadError error={employee.error} onRetry={() => void employee.refetch()} />;
  if (employee.isPending) return <LoadingBlock label={t("common.loading")} lines={8} />;

  const data = employee.data;
  const canEdit = offered(may, "edit");
  return (
    <div className="space-y-6">
      <SettingsPageHeader
        back={<BackLink />}
        title={data.name}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <span>{data.email}</span>
            <EmployeeStatusBadges employee={data} now={now} />
          </span>
        }
      />
      <Card title={t("settings.employees.userType")}>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone="info">{t(USER_TYPE_LABELS[data.userType])}</Badge>
          <span data-testid="user-type-fixed">{t("settings.employees.userTypeFixed")}</span>
        </p>
      </Card>
      <Card title={t("settings.employees.detailsTitle")}>
        <EmployeeEditForm key={data.version} employee={data} canEdit={canEdit} />
      </Card>
      <Card title={t("settings.employees.accessTitle")}>
        <div className="space-y-6">
          <EmployeeStatusControl key={`status-${data.version}`} employee={data} canEdit={canEdit} />
          <EmployeeExpiryControl key={`expiry-${data.version}`} employee={data} canEdit={canEdit} />
        </div>
      </Card>
      <EmployeeOverrides employeeId={data.id} name={data.name} />
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-xs">
      <h2 className="border-b border-slate-100 px-6 py-3 text-sm font-semibold text-slate-900">
        {title}
      </h2>
      <div className="px-6 py-5">{children}</div>
    </section>
  );
}
