"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { isAction, isResource } from "@charter/core/engine";

import { Badge } from "~/components/ui/badge";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { RESOURCE_LABELS } from "../audit/audit-labels";
import { ACTION_LABELS } from "../explain/explain-labels";
import { LoadError } from "../load-error";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import {
  RemoveRuleDialog,
  RuleList,
  RuleListHeader,
  type TListedRule,
} from "./condition-rule-list";
import { OverrideDialog } from "./override-dialog";
import { useRefreshAccess } from "./use-roles-queries";

type TListedOverride = TListedRule & { version: number };

/**
 * D4: an employee's personal allows and denies, e.g. "deny deleting activities" or "allow
 * deleting contacts". A deny always beats a grant. Shown only to those who may read roles.
 */
export function EmployeeOverrides({ employeeId, name }: { employeeId: string; name: string }) {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshAccess();
  const readError = useSettingsError();
  const may = useMay("settings.roles", ["edit"]);
  const overrides = useQuery(trpc.roles.listOverrides.queryOptions({ employeeId }));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TListedOverride | null>(null);
  const add = useMutation(
    trpc.roles.addOverride.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setAdding(false);
      },
    }),
  );
  const remove = useMutation(
    trpc.roles.removeOverride.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setRemoving(null);
      },
    }),
  );

  // A reader who may not read roles does not see this part at all.
  if (overrides.isError && readApiError(overrides.error).kind === "forbidden") return null;
  const canEdit = offered(may, "edit");
  const startAdding = () => {
    add.reset();
    setAdding(true);
  };
  const startRemoving = (override: TListedOverride) => {
    remove.reset();
    setRemoving(override);
  };

  const listed = (overrides.data ?? []).map((override): TListedOverride => ({
    ...override,
    label: [
      isResource(override.resource) ? t(RESOURCE_LABELS[override.resource]) : override.resource,
      isAction(override.action) ? t(ACTION_LABELS[override.action]) : override.action,
    ].join(" · "),
    badge: (
      <Badge tone={override.effect === "deny" ? "danger" : "success"}>
        {override.effect === "deny" ? t("settings.overrides.deny") : t("settings.overrides.allow")}
      </Badge>
    ),
  }));

  return (
    <section
      className="rounded-xl border border-slate-200 bg-white shadow-xs"
      aria-labelledby="overrides-title"
    >
      <RuleListHeader
        id="overrides-title"
        level={2}
        title={t("settings.overrides.title")}
        addLabel={t("settings.overrides.add")}
        onAdd={canEdit ? startAdding : null}
        className="border-b border-slate-100 px-6 py-3"
      />
      <div className="space-y-3 px-6 py-5">
        <p className="text-sm text-slate-600">{t("settings.overrides.intro")}</p>
        {overrides.isError ? (
          <LoadError error={overrides.error} onRetry={() => void overrides.refetch()} />
        ) : overrides.isPending ? (
          <LoadingBlock label={t("common.loading")} lines={2} />
        ) : overrides.data.length === 0 ? (
          <p className="text-sm text-slate-500">{t("settings.overrides.none")}</p>
        ) : (
          <RuleList rules={listed} subject="employee" onRemove={canEdit ? startRemoving : null} />
        )}
      </div>
      {adding ? (
        <OverrideDialog
          name={name}
          pending={add.isPending}
          error={readError(add.error)}
          onClose={() => setAdding(false)}
          onSubmit={(draft) => add.mutate({ employeeId, ...draft })}
        />
      ) : null}
      <RemoveRuleDialog
        rule={removing}
        title={t("settings.overrides.removeTitle", { name })}
        pending={remove.isPending}
        error={readError(remove.error)}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ id: removing.id, version: removing.version });
        }}
      />
    </section>
  );
}
