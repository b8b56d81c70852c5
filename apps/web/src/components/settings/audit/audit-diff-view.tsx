"use client";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { diffAudit, formatAuditValue, type TDiffChange } from "./audit-diff";

const CHANGE_TONES: Record<TDiffChange, string> = {
  added: "text-emerald-800",
  removed: "text-red-800",
  changed: "text-slate-800",
};

/** An entry's before and after as a table of what changed: field, was, became. */
export function AuditDiffView({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const diff = diffAudit(before, after);
  if (diff.rows.length === 0) {
    return <p className="text-sm text-slate-500">{t("settings.audit.noChanges")}</p>;
  }
  const none = <span className="text-slate-400">{t("common.none")}</span>;
  const was = (raw: unknown) => {
    const text = formatAuditValue(raw);
    return text === null ? (
      none
    ) : (
      <del className="font-mono text-xs break-all text-red-800 decoration-red-300">{text}</del>
    );
  };
  const became = (raw: unknown, tone: string) => {
    const text = formatAuditValue(raw);
    return text === null ? (
      none
    ) : (
      <ins className={cn("font-mono text-xs break-all no-underline", tone)}>{text}</ins>
    );
  };
  return (
    <div className="space-y-2">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">{t("settings.audit.diffCaption")}</caption>
        <thead>
          <tr className="text-xs text-slate-500 uppercase">
            <th scope="col" className="w-1/4 py-1 pr-3 font-semibold">
              {t("settings.audit.diffField")}
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              {t("settings.audit.diffBefore")}
            </th>
            <th scope="col" className="py-1 font-semibold">
              {t("settings.audit.diffAfter")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {diff.rows.map((row) => (
            <tr key={row.path} className="align-top">
              <th scope="row" className="py-1.5 pr-3 font-mono text-xs font-medium text-slate-700">
                {row.path || t("settings.audit.diffWholeValue")}
              </th>
              <td className="py-1.5 pr-3">{row.change === "added" ? none : was(row.before)}</td>
              <td className="py-1.5">
                {row.change === "removed" ? (
                  <span className="text-slate-500 italic">{t("settings.audit.removed")}</span>
                ) : (
                  became(row.after, CHANGE_TONES[row.change])
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff.unchanged > 0 ? (
        <p className="text-xs text-slate-500">
          {t("settings.audit.unchangedCount", { count: diff.unchanged })}
        </p>
      ) : null}
    </div>
  );
}
