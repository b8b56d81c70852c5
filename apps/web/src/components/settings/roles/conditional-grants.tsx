"use client";

import { useMemo, useState } from "react";

import { isAction, isResource, type IdRef, type Resource } from "@charter/core/engine";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useLocale, useT } from "~/i18n/i18n-provider";

import { confirmError } from "../action-error";
import { RESOURCE_LABELS } from "../audit/audit-labels";
import { ACTION_LABELS } from "../explain/explain-labels";
import { useSettingsError } from "../use-settings-error";
import { conditionRefs } from "./condition-rows";
import { conditionText } from "./condition-text";
import { ConditionalGrantDialog } from "./conditional-grant-dialog";
import type { TGrantWrites } from "./grant-matrix";
import { hasCondition, type TStoredGrant } from "./grant-matrix-model";
import { SCOPE_LABELS } from "./scope-labels";
import { useConditionChoices } from "./use-condition-choices";

/**
 * Grants that hold only where a condition does (PERMISSIONS.md's JSON language), each said in
 * words with the names of the stages, people and departments it compares; added through the
 * condition builder, whose JSON the engine checks on save.
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
  const refs = useMemo(
    () =>
      new Set<IdRef>(
        grants.flatMap((grant) =>
          isResource(grant.resource) ? conditionRefs(grant.resource, grant.condition) : [],
        ),
      ),
    [grants],
  );
  const names = useConditionChoices(refs);
  const nameOfId = (id: string) => names.nameOf(id) ?? nameOf(id);

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
                      ? conditionText(grant.resource, grant.condition, nameOfId)
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
