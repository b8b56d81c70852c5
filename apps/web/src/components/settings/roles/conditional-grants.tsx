"use client";

import { useState } from "react";

import {
  ACTIONS,
  allowedScopes,
  isAction,
  isResource,
  isScope,
  type Action,
  type Resource,
  type Scope,
} from "@charter/core/engine";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Select } from "~/components/ui/select";
import { TextAreaField } from "~/components/ui/text-area-field";
import { useLocale, useT } from "~/i18n/i18n-provider";

import { confirmError } from "../action-error";
import { RESOURCE_LABELS } from "../audit/audit-labels";
import { ACTION_LABELS } from "../explain/explain-labels";
import { FormDialog } from "../form-dialog";
import { useSettingsError } from "../use-settings-error";
import { conditionText } from "./condition-text";
import type { TGrantWrites } from "./grant-matrix";
import { hasCondition, type TConditionJson, type TStoredGrant } from "./grant-matrix-model";
import { SCOPE_LABELS } from "./scope-labels";

const EXAMPLE = '{ "op": "eq", "path": "responsibleId", "value": "$me" }';

/**
 * Grants that hold only where a condition does (PERMISSIONS.md's JSON language), each said in
 * words; added with the condition written as JSON, which the engine checks on save.
 */
export function ConditionalGrants({
  resources,
  grants,
  writes,
  nameOf,
}: {
  resources: readonly Resource[];
  grants: readonly TStoredGrant[];
  writes: TGrantWrites | null;
  nameOf: (id: string) => string;
}) {
  const t = useT();
  const locale = useLocale();
  const readError = useSettingsError();
  const conditional = grants.filter(hasCondition);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TStoredGrant | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function run(write: () => Promise<unknown>, done: () => void) {
    setBusy(true);
    setFailure(null);
    try {
      await write();
      done();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const label = (grant: TStoredGrant) =>
    [
      isResource(grant.resource) ? t(RESOURCE_LABELS[grant.resource]) : grant.resource,
      isAction(grant.action) ? t(ACTION_LABELS[grant.action]) : grant.action,
      t(SCOPE_LABELS[grant.scope]),
    ].join(" · ");

  return (
    <section aria-labelledby="conditional-grants" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="conditional-grants" className="text-sm font-semibold text-slate-900">
          {t("settings.roles.conditionalTitle")}
        </h3>
        {writes ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setFailure(null);
              setAdding(true);
            }}
          >
            {t("settings.roles.addConditional")}
          </Button>
        ) : null}
      </div>
      {conditional.length === 0 ? (
        <p className="text-sm text-slate-500">{t("settings.roles.noConditional")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {conditional.map((grant) => (
            <li key={grant.id} className="flex flex-wrap items-start gap-3 px-4 py-2.5 text-sm">
              <span className="min-w-0 flex-1">
                <span className="block font-medium text-slate-900">{label(grant)}</span>
                <span className="block text-slate-600">
                  {t("settings.roles.when")}{" "}
                  <span lang={locale === "en" ? undefined : "en"}>
                    {isResource(grant.resource)
                      ? conditionText(grant.resource, grant.condition, nameOf)
                      : JSON.stringify(grant.condition)}
                  </span>
                </span>
              </span>
              {writes ? (
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={t("settings.roles.removeGrantNamed", { grant: label(grant) })}
                  onClick={() => {
                    setFailure(null);
                    setRemoving(grant);
                  }}
                >
                  {t("settings.org.groups.remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {adding && writes ? (
        <ConditionalGrantDialog
          resources={resources}
          pending={busy}
          error={readError(failure)}
          onClose={() => setAdding(false)}
          onSubmit={(grant) =>
            void run(
              () => writes.add(grant),
              () => setAdding(false),
            )
          }
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing && writes)
            void run(
              () => writes.remove({ id: removing.id, version: removing.version }),
              () => setRemoving(null),
            );
        }}
        title={t("settings.roles.removeGrantTitle")}
        confirmLabel={t("settings.org.groups.remove")}
        pendingLabel={t("common.deleting")}
        pending={busy}
        error={confirmError(readError(failure))}
      >
        <p>{removing ? label(removing) : null}</p>
      </ConfirmDialog>
    </section>
  );
}

function ConditionalGrantDialog({
  resources,
  pending,
  error,
  onClose,
  onSubmit,
}: {
  resources: readonly Resource[];
  pending: boolean;
  error: ReturnType<ReturnType<typeof useSettingsError>>;
  onClose: () => void;
  onSubmit: (grant: {
    resource: Resource;
    action: Action;
    scope: Scope;
    condition: TConditionJson;
  }) => void;
}) {
  const t = useT();
  const [resource, setResource] = useState<Resource>(resources[0] ?? "company");
  const [action, setAction] = useState<Action>("view");
  const [scope, setScope] = useState<Scope>("project");
  const [json, setJson] = useState(EXAMPLE);
  const [badJson, setBadJson] = useState(false);
  const scopes = allowedScopes(resource);

  function submit() {
    let condition: TConditionJson;
    try {
      condition = JSON.parse(json) as TConditionJson;
    } catch {
      return setBadJson(true);
    }
    setBadJson(false);
    onSubmit({ resource, action, scope: scopes.includes(scope) ? scope : "project", condition });
  }

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("settings.roles.addConditional")}
      description={t("settings.roles.conditionalHelp")}
      submitLabel={t("settings.org.create")}
      pending={pending}
      error={error}
      onSubmit={submit}
      size="lg"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
          label={t("settings.roles.resource")}
          value={resource}
          options={resources.map((value) => ({ value, label: t(RESOURCE_LABELS[value]) }))}
          onChange={(event) => {
            if (isResource(event.target.value)) setResource(event.target.value);
          }}
        />
        <Select
          label={t("settings.explain.action")}
          value={action}
          options={ACTIONS.map((value) => ({ value, label: t(ACTION_LABELS[value]) }))}
          onChange={(event) => {
            if (isAction(event.target.value)) setAction(event.target.value);
          }}
        />
        <Select
          label={t("settings.roles.scope")}
          value={scope}
          options={scopes.map((value) => ({ value, label: t(SCOPE_LABELS[value]) }))}
          onChange={(event) => {
            if (isScope(event.target.value)) setScope(event.target.value);
          }}
        />
      </div>
      <TextAreaField
        label={t("settings.roles.condition")}
        hint={t("settings.roles.conditionHint")}
        rows={5}
        spellCheck={false}
        className="font-mono text-xs"
        value={json}
        onChange={(event) => {
          setJson(event.target.value);
          setBadJson(false);
        }}
        error={badJson ? t("settings.roles.conditionNotJson") : error?.fieldMessage("condition")}
      />
    </FormDialog>
  );
}
