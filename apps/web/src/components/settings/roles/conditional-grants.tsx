"use client";

import { useState } from "react";

import { isAction, isResource, type Resource } from "@charter/core/engine";

import { useT } from "~/i18n/i18n-provider";

import { RESOURCE_LABELS } from "../audit/audit-labels";
import { ACTION_LABELS } from "../explain/explain-labels";
import { useSettingsError } from "../use-settings-error";
import { RemoveRuleDialog, RuleList, RuleListHeader } from "./condition-rule-list";
import { ConditionalGrantDialog } from "./conditional-grant-dialog";
import type { TGrantWrites } from "./grant-matrix";
import { hasCondition, type TStoredGrant } from "./grant-matrix-model";
import { SCOPE_LABELS } from "./scope-labels";

type TListedGrant = TStoredGrant & { label: string };

/**
 * Grants that hold only where a condition does (PERMISSIONS.md's JSON language), each said in
 * words with the names of the stages, people and departments it compares; added through the
 * condition builder, whose JSON the engine checks on save.
 */
export function ConditionalGrants({
  resources,
  grants,
  writes,
}: {
  resources: readonly Resource[];
  grants: readonly TStoredGrant[];
  writes: TGrantWrites | null;
}) {
  const t = useT();
  const readError = useSettingsError();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TListedGrant | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const conditional = grants.filter(hasCondition).map((grant): TListedGrant => ({
    ...grant,
    label: [
      isResource(grant.resource) ? t(RESOURCE_LABELS[grant.resource]) : grant.resource,
      isAction(grant.action) ? t(ACTION_LABELS[grant.action]) : grant.action,
      t(SCOPE_LABELS[grant.scope]),
    ].join(" · "),
  }));

  const startAdding = () => {
    setFailure(null);
    setAdding(true);
  };
  const startRemoving = (grant: TListedGrant) => {
    setFailure(null);
    setRemoving(grant);
  };

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

  return (
    <section aria-labelledby="conditional-grants" className="space-y-3">
      <RuleListHeader
        id="conditional-grants"
        level={3}
        title={t("settings.roles.conditionalTitle")}
        addLabel={t("settings.roles.addConditional")}
        onAdd={writes ? startAdding : null}
      />
      {conditional.length === 0 ? (
        <p className="text-sm text-slate-500">{t("settings.roles.noConditional")}</p>
      ) : (
        <RuleList rules={conditional} subject="holder" onRemove={writes ? startRemoving : null} />
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
      <RemoveRuleDialog
        rule={removing}
        title={t("settings.roles.removeGrantTitle")}
        pending={busy}
        error={readError(failure)}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing && writes)
            void run(
              () => writes.remove({ id: removing.id, version: removing.version }),
              () => setRemoving(null),
            );
        }}
      />
    </section>
  );
}
