"use client";

import { useState } from "react";

import {
  allowedScopes,
  ACTIONS,
  isScope,
  type Action,
  type Resource,
  type Scope,
} from "@charter/core/engine";

import { Badge } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { ActionError } from "../action-error";
import { RESOURCE_LABELS } from "../audit/audit-labels";
import { ACTION_LABELS } from "../explain/explain-labels";
import { useSettingsError } from "../use-settings-error";
import { cellChange, cellOf, type TConditionJson, type TStoredGrant } from "./grant-matrix-model";
import { SCOPE_LABELS } from "./scope-labels";

/** The writes a matrix makes; each resolves once saved (the caller reads the grants again). */
export type TGrantWrites = {
  add: (grant: {
    resource: Resource;
    action: Action;
    scope: Scope;
    condition?: TConditionJson;
  }) => Promise<unknown>;
  update: (grant: { id: string; version: number; scope: Scope }) => Promise<unknown>;
  remove: (grant: { id: string; version: number }) => Promise<unknown>;
};

type TGrantMatrixProps = {
  caption: string;
  resources: readonly Resource[];
  grants: readonly TStoredGrant[];
  writes: TGrantWrites | null;
};

/**
 * The permission matrix (D1, D3): a row per resource, a column per action, and in each cell
 * the scope granted (none, own, team, department, direction, all). Changing a cell saves it;
 * grants limited by a condition are marked in their cell and listed below the matrix.
 */
export function GrantMatrix({ caption, resources, grants, writes }: TGrantMatrixProps) {
  const t = useT();
  const readError = useSettingsError();
  const [saving, setSaving] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function choose(resource: Resource, action: Action, scope: Scope) {
    if (!writes) return;
    const change = cellChange(cellOf(grants, resource, action), resource, action, scope);
    if (change.kind === "none") return;
    const key = `${resource}:${action}`;
    setSaving(key);
    setFailure(null);
    setSaved(null);
    try {
      if (change.kind === "add") await writes.add({ resource, action, scope });
      if (change.kind === "update")
        await writes.update({ id: change.grant.id, version: change.grant.version, scope });
      if (change.kind === "remove")
        await writes.remove({ id: change.grant.id, version: change.grant.version });
      setSaved(
        t("settings.roles.cellSaved", {
          resource: t(RESOURCE_LABELS[resource]),
          action: t(ACTION_LABELS[action]),
          scope: t(SCOPE_LABELS[scope]),
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(null);
    }
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite" className="min-h-5 text-sm text-slate-600">
        {saving ? t("common.saving") : saved}
      </div>
      <ActionError error={readError(failure)} />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th
                scope="col"
                className="sticky left-0 bg-slate-50 px-3 py-2 text-left text-xs font-semibold text-slate-600 uppercase"
              >
                {t("settings.roles.resource")}
              </th>
              {ACTIONS.map((action) => (
                <th
                  key={action}
                  scope="col"
                  className="px-1.5 py-2 text-left align-bottom text-xs font-semibold text-slate-600 uppercase"
                >
                  {t(ACTION_LABELS[action])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {resources.map((resource) => (
              <tr key={resource}>
                <th
                  scope="row"
                  className="sticky left-0 bg-white px-3 py-1.5 text-left font-medium text-slate-900"
                >
                  {t(RESOURCE_LABELS[resource])}
                </th>
                {ACTIONS.map((action) => {
                  const cell = cellOf(grants, resource, action);
                  const scope = cell.plain?.scope ?? "none";
                  const key = `${resource}:${action}`;
                  const label = `${t(RESOURCE_LABELS[resource])}: ${t(ACTION_LABELS[action])}`;
                  return (
                    <td key={action} className="px-1.5 py-1.5 align-top">
                      {writes ? (
                        <select
                          aria-label={label}
                          value={scope}
                          disabled={saving !== null}
                          aria-busy={saving === key || undefined}
                          onChange={(event) => {
                            const next = event.target.value;
                            if (isScope(next)) void choose(resource, action, next);
                          }}
                          className={cn(
                            "w-full min-w-[5.25rem] rounded-md border px-1 py-1 text-xs focus:ring-2 focus:ring-indigo-500/30 focus:outline-none disabled:opacity-60",
                            scope === "none"
                              ? "border-slate-200 text-slate-400"
                              : "border-indigo-200 bg-indigo-50 font-medium text-indigo-900",
                          )}
                        >
                          {allowedScopes(resource).map((value) => (
                            <option key={value} value={value}>
                              {t(SCOPE_LABELS[value])}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span
                          className={
                            scope === "none" ? "text-slate-400" : "font-medium text-slate-900"
                          }
                        >
                          {t(SCOPE_LABELS[scope])}
                        </span>
                      )}
                      {cell.conditional.length > 0 ? (
                        <span className="mt-1 block">
                          <Badge tone="warning">
                            {t("settings.roles.conditionalCount", {
                              count: cell.conditional.length,
                            })}
                          </Badge>
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
