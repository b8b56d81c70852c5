"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import {
  ACTIONS,
  isAction,
  isResource,
  RESOURCES,
  type Action,
  type Resource,
} from "@charter/core/engine";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Select } from "~/components/ui/select";
import { TextAreaField } from "~/components/ui/text-area-field";
import { TextField } from "~/components/ui/text-field";
import { useLocale, useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { RESOURCE_LABELS } from "../audit/audit-labels";
import { useEmployeeNames } from "../employees/use-employee-lookups";
import { ACTION_LABELS } from "../explain/explain-labels";
import { FormDialog } from "../form-dialog";
import { LoadError } from "../load-error";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { conditionText } from "./condition-text";
import type { TConditionJson } from "./grant-matrix-model";
import { useRefreshAccess } from "./use-roles-queries";

type TOverrideDraft = {
  resource: Resource;
  action: Action;
  effect: "allow" | "deny";
  condition: TConditionJson;
  note: string | null;
};

/**
 * D4: an employee's personal allows and denies, e.g. "deny deleting activities" or "allow
 * deleting contacts". A deny always beats a grant. Shown only to those who may read roles.
 */
export function EmployeeOverrides({ employeeId, name }: { employeeId: string; name: string }) {
  const t = useT();
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshAccess();
  const readError = useSettingsError();
  const nameOf = useEmployeeNames();
  const may = useMay("settings.roles", ["edit"]);
  const overrides = useQuery(trpc.roles.listOverrides.queryOptions({ employeeId }));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<{ id: string; version: number; label: string } | null>(
    null,
  );
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

  return (
    <section
      className="rounded-xl border border-slate-200 bg-white shadow-xs"
      aria-labelledby="overrides-title"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-6 py-3">
        <h2 id="overrides-title" className="text-sm font-semibold text-slate-900">
          {t("settings.overrides.title")}
        </h2>
        {canEdit ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              add.reset();
              setAdding(true);
            }}
          >
            {t("settings.overrides.add")}
          </Button>
        ) : null}
      </div>
      <div className="space-y-3 px-6 py-5">
        <p className="text-sm text-slate-600">{t("settings.overrides.intro")}</p>
        {overrides.isError ? (
          <LoadError error={overrides.error} onRetry={() => void overrides.refetch()} />
        ) : overrides.data && overrides.data.length === 0 ? (
          <p className="text-sm text-slate-500">{t("settings.overrides.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
            {(overrides.data ?? []).map((override) => {
              const label = [
                isResource(override.resource)
                  ? t(RESOURCE_LABELS[override.resource])
                  : override.resource,
                isAction(override.action) ? t(ACTION_LABELS[override.action]) : override.action,
              ].join(" · ");
              return (
                <li
                  key={override.id}
                  className="flex flex-wrap items-start gap-3 px-4 py-2.5 text-sm"
                >
                  <Badge tone={override.effect === "deny" ? "danger" : "success"}>
                    {override.effect === "deny"
                      ? t("settings.overrides.deny")
                      : t("settings.overrides.allow")}
                  </Badge>
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium text-slate-900">{label}</span>
                    {override.condition != null && isResource(override.resource) ? (
                      <span className="block text-slate-600">
                        {t("settings.roles.when")}{" "}
                        <span lang={locale === "en" ? undefined : "en"}>
                          {conditionText(
                            override.resource,
                            override.condition,
                            (id) => nameOf(id) ?? id,
                          )}
                        </span>
                      </span>
                    ) : null}
                    {override.note ? (
                      <span className="block text-xs text-slate-500">{override.note}</span>
                    ) : null}
                  </span>
                  {canEdit ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={t("settings.roles.removeGrantNamed", { grant: label })}
                      onClick={() => {
                        remove.reset();
                        setRemoving({ id: override.id, version: override.version, label });
                      }}
                    >
                      {t("settings.org.groups.remove")}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
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
      <ConfirmDialog
        open={removing !== null}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ id: removing.id, version: removing.version });
        }}
        title={t("settings.overrides.removeTitle", { name })}
        confirmLabel={t("settings.org.groups.remove")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{removing?.label}</p>
      </ConfirmDialog>
    </section>
  );
}

function OverrideDialog({
  name,
  pending,
  error,
  onClose,
  onSubmit,
}: {
  name: string;
  pending: boolean;
  error: ReturnType<ReturnType<typeof useSettingsError>>;
  onClose: () => void;
  onSubmit: (draft: TOverrideDraft) => void;
}) {
  const t = useT();
  const [resource, setResource] = useState<Resource>("activity");
  const [action, setAction] = useState<Action>("delete");
  const [effect, setEffect] = useState<"allow" | "deny">("deny");
  const [json, setJson] = useState("");
  const [note, setNote] = useState("");
  const [badJson, setBadJson] = useState(false);

  function submit() {
    let condition: TConditionJson = null;
    if (json.trim()) {
      try {
        condition = JSON.parse(json) as TConditionJson;
      } catch {
        return setBadJson(true);
      }
    }
    onSubmit({ resource, action, effect, condition, note: note.trim() || null });
  }

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("settings.overrides.addTitle", { name })}
      submitLabel={t("settings.org.create")}
      pending={pending}
      error={error}
      onSubmit={submit}
      size="lg"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
          label={t("settings.overrides.effect")}
          value={effect}
          options={[
            { value: "deny", label: t("settings.overrides.deny") },
            { value: "allow", label: t("settings.overrides.allow") },
          ]}
          onChange={(event) => setEffect(event.target.value === "allow" ? "allow" : "deny")}
          error={error?.fieldMessage("effect")}
        />
        <Select
          label={t("settings.roles.resource")}
          value={resource}
          options={RESOURCES.map((value) => ({ value, label: t(RESOURCE_LABELS[value]) }))}
          onChange={(event) => {
            if (isResource(event.target.value)) setResource(event.target.value);
          }}
          error={error?.fieldMessage("resource")}
        />
        <Select
          label={t("settings.explain.action")}
          value={action}
          options={ACTIONS.map((value) => ({ value, label: t(ACTION_LABELS[value]) }))}
          onChange={(event) => {
            if (isAction(event.target.value)) setAction(event.target.value);
          }}
          error={error?.fieldMessage("action")}
        />
      </div>
      <TextAreaField
        label={t("settings.overrides.conditionOptional")}
        hint={t("settings.roles.conditionHint")}
        rows={3}
        spellCheck={false}
        className="font-mono text-xs"
        value={json}
        onChange={(event) => {
          setJson(event.target.value);
          setBadJson(false);
        }}
        error={badJson ? t("settings.roles.conditionNotJson") : error?.fieldMessage("condition")}
      />
      <TextField
        label={t("settings.overrides.note")}
        hint={t("settings.overrides.noteHint")}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={error?.fieldMessage("note")}
      />
    </FormDialog>
  );
}
