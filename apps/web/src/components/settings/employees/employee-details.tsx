"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

import { Badge } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { BackLink } from "../back-link";
import { RecordFallback } from "../record-fallback";
import { EmployeeOverrides } from "../roles/employee-overrides";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
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

  if (employee.isError || employee.isPending) return <RecordFallback query={employee} lines={8} />;

  const data = employee.data;
  const canEdit = offered(may, "edit");
  return (
    <div className="space-y-6">
      <SettingsPageHeader
        back={<BackLink href="/settings/employees" label={t("settings.employees.backToList")} />}
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
