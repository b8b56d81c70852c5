"use client";

import { useState } from "react";

import type { RouterOutputs } from "@charter/api";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { LocalTime } from "~/components/ui/local-time";
import { Skeleton } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";

import { AuditDiffView } from "./audit-diff-view";
import { actionLabel, resourceLabel } from "./audit-labels";

export type TAuditEntry = RouterOutputs["audit"]["list"]["items"][number];

const ACTION_TONES: Record<string, "success" | "danger" | "info" | "warning"> = {
  create: "success",
  delete: "danger",
  update: "info",
  sign_in_failed: "warning",
};

type TAuditEntriesProps = {
  entries: readonly TAuditEntry[] | undefined;
  loading: boolean;
  nameOf: (employeeId: string | null) => string | undefined;
  onRecord: (recordId: string) => void;
};

/** The log, newest first; each entry opens to show its changes as a readable diff. */
export function AuditEntries({ entries, loading, nameOf, onRecord }: TAuditEntriesProps) {
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const headers = [
    t("settings.audit.when"),
    t("settings.audit.who"),
    t("settings.audit.action"),
    t("settings.audit.resource"),
    t("settings.audit.record"),
    t("settings.audit.ip"),
    t("settings.audit.changes"),
  ];

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
      <table className="min-w-full text-sm" aria-busy={loading || undefined}>
        <caption className="sr-only">{t("settings.area.audit")}</caption>
        <thead className="bg-slate-50">
          <tr>
            {headers.map((header) => (
              <th
                key={header}
                scope="col"
                className="px-4 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase"
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        {loading ? (
          <tbody>
            {Array.from({ length: 6 }, (_, row) => (
              <tr key={row}>
                {headers.map((header) => (
                  <td key={header} className="px-4 py-3">
                    <Skeleton className="h-4 w-2/3" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ) : entries && entries.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={headers.length} className="px-4 py-10 text-center text-slate-600">
                {t("settings.audit.empty")}
              </td>
            </tr>
          </tbody>
        ) : (
          entries?.map((entry) => {
            const expanded = open.has(entry.id);
            const action = actionLabel(entry.action);
            const resource = resourceLabel(entry.resource);
            const hasChanges = entry.before != null || entry.after != null;
            const detailsId = `audit-${entry.id}`;
            return (
              <tbody key={entry.id} className="border-t border-slate-100">
                <tr className="align-top hover:bg-slate-50">
                  <td className="px-4 py-2.5 whitespace-nowrap text-slate-700">
                    <LocalTime value={entry.createdAt} />
                  </td>
                  <th scope="row" className="px-4 py-2.5 text-left font-medium text-slate-900">
                    <span className="block">
                      {nameOf(entry.employeeId) ?? entry.actorEmail ?? t("common.none")}
                    </span>
                    {nameOf(entry.employeeId) && entry.actorEmail ? (
                      <span className="block text-xs font-normal text-slate-500">
                        {entry.actorEmail}
                      </span>
                    ) : null}
                  </th>
                  <td className="px-4 py-2.5">
                    <Badge tone={ACTION_TONES[entry.action] ?? "neutral"}>
                      {action ? t(action) : entry.action}
                    </Badge>
                  </td>
                  <td className="px-4 py-2.5 text-slate-700">
                    {resource ? t(resource) : (entry.resource ?? t("common.none"))}
                  </td>
                  <td className="px-4 py-2.5">
                    {entry.recordId ? (
                      <button
                        type="button"
                        title={t("settings.audit.filterByRecord")}
                        onClick={() => onRecord(entry.recordId ?? "")}
                        className="rounded font-mono text-xs text-indigo-700 hover:underline"
                      >
                        {entry.recordId.slice(0, 8)}
                        <span className="sr-only">
                          {" "}
                          {t("settings.audit.filterByRecordNamed", { id: entry.recordId })}
                        </span>
                      </button>
                    ) : (
                      t("common.none")
                    )}
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs text-slate-600">
                    {entry.ip ?? t("common.none")}
                  </td>
                  <td className="px-4 py-2.5">
                    {hasChanges ? (
                      <Button
                        variant="link"
                        size="sm"
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                        onClick={() => toggle(entry.id)}
                      >
                        {expanded
                          ? t("settings.audit.hideChanges")
                          : t("settings.audit.showChanges")}
                      </Button>
                    ) : (
                      <span className="text-slate-400">{t("common.none")}</span>
                    )}
                  </td>
                </tr>
                <tr id={detailsId} hidden={!expanded} className="bg-slate-50/60">
                  <td colSpan={headers.length} className="px-4 pt-1 pb-4">
                    {expanded ? <AuditDiffView before={entry.before} after={entry.after} /> : null}
                  </td>
                </tr>
              </tbody>
            );
          })
        )}
      </table>
    </div>
  );
}
