"use client";

import { useState } from "react";

import {
  ACTIONS,
  allowedScopes,
  conditionPaths,
  isAction,
  isResource,
  isScope,
  type Action,
  type Resource,
  type Scope,
} from "@charter/core/engine";

import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";

import { RESOURCE_LABELS } from "../audit/audit-labels";
import { ACTION_LABELS } from "../explain/explain-labels";
import { FormDialog } from "../form-dialog";
import type { TSettingsError } from "../use-settings-error";
import { ConditionBuilder } from "./condition-builder";
import {
  builderCondition,
  initialBuilder,
  retargetBuilder,
  type TBuilderState,
} from "./condition-builder-state";
import { conditionIssues } from "./condition-issues";
import type { TConditionJson } from "./grant-matrix-model";
import { SCOPE_LABELS } from "./scope-labels";

export type TConditionalGrant = {
  resource: Resource;
  action: Action;
  scope: Scope;
  condition: TConditionJson;
};

/**
 * A new right that holds only where its condition does: resource, action and reach, and the
 * condition built from rows or written as JSON. The engine checks it on save; what it refuses
 * shows on the row at fault.
 */
export function ConditionalGrantDialog({
  resources,
  pending,
  error,
  onClose,
  onSubmit,
}: {
  resources: readonly Resource[];
  pending: boolean;
  error: TSettingsError | null;
  onClose: () => void;
  onSubmit: (grant: TConditionalGrant) => void;
}) {
  const t = useT();
  // A condition can only read fields, so resources without any (reports, settings areas
  // other than org, employees and roles) take no conditional right.
  const offered = resources.filter((each) => conditionPaths(each).length > 0);
  const [resource, setResource] = useState<Resource>(offered[0] ?? "company");
  const [action, setAction] = useState<Action>("view");
  const [scope, setScope] = useState<Scope>("project");
  const [builder, setBuilder] = useState<TBuilderState>(() => initialBuilder(resource));
  const scopes = allowedScopes(resource);
  const issues = error ? conditionIssues(error.serverMessage) : [];

  function submit() {
    const made = builderCondition(builder);
    if (!made.ok) return setBuilder(made.state);
    onSubmit({
      resource,
      action,
      scope: scopes.includes(scope) ? scope : "project",
      condition: made.condition,
    });
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
          options={offered.map((value) => ({ value, label: t(RESOURCE_LABELS[value]) }))}
          onChange={(event) => {
            const next = event.target.value;
            if (!isResource(next)) return;
            setBuilder(retargetBuilder(builder, resource, next));
            setResource(next);
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
      <ConditionBuilder resource={resource} state={builder} onChange={setBuilder} issues={issues} />
      {error?.fieldMessage("condition") ? (
        <p className="text-sm text-red-700">{error.fieldMessage("condition")}</p>
      ) : null}
    </FormDialog>
  );
}
