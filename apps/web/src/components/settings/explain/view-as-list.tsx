"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { TASK_STATUS_LABELS } from "~/components/tasks/shared/task-status-badge";
import { DataTable, type TColumn } from "~/components/ui/data-table";
import { SearchField } from "~/components/ui/search-field";
import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { useSettingsError } from "../use-settings-error";

export const VIEW_AS_LISTS = ["companies", "contacts", "deals", "tasks"] as const;
export type TViewAsList = (typeof VIEW_AS_LISTS)[number];

type TRow = { id: string; label: string; detail: string | null; responsible: string };

const LIST_LABELS = {
  companies: "settings.viewAs.list.companies",
  contacts: "settings.viewAs.list.contacts",
  deals: "settings.viewAs.list.deals",
  tasks: "settings.viewAs.list.tasks",
} as const;

const RECORD_PATHS: Record<TViewAsList, string> = {
  companies: "/clients/companies",
  contacts: "/clients/contacts",
  deals: "/deals",
  tasks: "/tasks",
};

const SHOWN = 50;

function isTaskStatus(value: string): value is keyof typeof TASK_STATUS_LABELS {
  return value in TASK_STATUS_LABELS;
}

/**
 * D10's "view as": a list as the chosen employee sees it, from the API's `permissions.viewAs`
 * (their reach within the reader's own). The list and its search live in the URL with the
 * question, so a view can be shared.
 */
export function ViewAsList({
  employee,
  list,
  search,
  onChange,
}: {
  employee: { id: string; name: string } | null;
  list: TViewAsList;
  search: string;
  onChange: (patch: { list?: TViewAsList; search?: string }) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const readError = useSettingsError();
  const answer = useQuery({
    ...trpc.permissions.viewAs.queryOptions(
      employee
        ? { employeeId: employee.id, list, search: search || undefined, limit: SHOWN }
        : skipToken,
    ),
    placeholderData: keepPreviousData,
  });
  const name = employee?.name ?? "";
  const detailOf = (row: TRow) =>
    row.detail === null
      ? ""
      : list === "tasks" && isTaskStatus(row.detail)
        ? t(TASK_STATUS_LABELS[row.detail])
        : row.detail;

  const columns: TColumn<TRow>[] = [
    {
      key: "label",
      header: t("settings.viewAs.name"),
      rowHeader: true,
      cell: (row) => (
        <Link
          href={`${RECORD_PATHS[list]}/${row.id}`}
          className="font-medium text-indigo-700 hover:underline"
        >
          {row.label}
        </Link>
      ),
    },
    ...(list === "deals" || list === "tasks"
      ? [{ key: "detail", header: t("settings.viewAs.detail"), cell: detailOf }]
      : []),
    {
      key: "responsible",
      header: t("settings.viewAs.responsible"),
      cell: (row) => row.responsible,
    },
  ];

  return (
    <section aria-labelledby="view-as-title" className="space-y-3">
      <h2 id="view-as-title" className="text-lg font-semibold">
        {t("settings.viewAs.title")}
      </h2>
      {!employee ? (
        <p className="text-sm text-slate-600">{t("settings.viewAs.pickFirst")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("settings.viewAs.intro", { name })}</p>
          <div className="flex flex-wrap items-end gap-3">
            <Select
              label={t("settings.viewAs.list")}
              value={list}
              onChange={(event) => {
                const next = VIEW_AS_LISTS.find((option) => option === event.target.value);
                if (next) onChange({ list: next });
              }}
              options={VIEW_AS_LISTS.map((option) => ({
                value: option,
                label: t(LIST_LABELS[option]),
              }))}
            />
            <SearchField
              label={t("settings.viewAs.search")}
              value={search}
              onCommit={(value) => onChange({ search: value })}
            />
          </div>
          {answer.isError ? (
            <ActionError error={readError(answer.error)} />
          ) : (
            <>
              <DataTable
                caption={t("settings.viewAs.caption", { list: t(LIST_LABELS[list]), name })}
                columns={columns}
                rows={answer.data?.items}
                rowKey={(row) => row.id}
                loading={answer.isPending}
                empty={t("settings.viewAs.empty", { name })}
              />
              {answer.data && answer.data.total > 0 ? (
                <p className="text-sm text-slate-600" data-testid="view-as-total">
                  {t("settings.viewAs.total", {
                    name,
                    total: answer.data.total,
                    shown: answer.data.items.length,
                  })}
                </p>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
