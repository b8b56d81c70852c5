"use client";

import { LocalTime } from "~/components/ui/local-time";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";

import type { TDealDetail } from "../shared/deal-types";

/** Every stage the deal entered, newest first, who moved it and when. */
export function StageHistory({ history }: { history: TDealDetail["stageHistory"] }) {
  const t = useT();
  const entries = [...history].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return (
    <Panel title={t("deals.history.title")}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">{t("deals.history.empty")}</p>
      ) : (
        <ol className="relative space-y-4 border-l border-slate-200 pl-5">
          {entries.map((entry, index) => (
            <li key={entry.id} className="relative">
              <span
                aria-hidden="true"
                className={
                  "absolute top-1.5 -left-[25px] size-2.5 rounded-full ring-4 ring-white " +
                  (index === 0 ? "bg-indigo-600" : "bg-slate-300")
                }
              />
              <p className="text-sm text-slate-900">
                {entry.fromStage
                  ? t("deals.history.moved", {
                      from: entry.fromStage.name,
                      to: entry.toStage.name,
                    })
                  : t("deals.history.entered", { to: entry.toStage.name })}
              </p>
              <p className="text-xs text-slate-500">
                <LocalTime value={entry.createdAt} />
                {entry.changedBy ? ` · ${entry.changedBy.name}` : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
