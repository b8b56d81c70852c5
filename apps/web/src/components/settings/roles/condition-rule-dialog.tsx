"use client";

import { useState, type ReactNode } from "react";

import { ACTIONS, isAction, isResource, type Action, type Resource } from "@charter/core/engine";

import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";

import { RESOURCE_LABELS } from "../audit/audit-labels";
import { ACTION_LABELS } from "../explain/explain-labels";
import { FormDialog } from "../form-dialog";
import type { TSettingsError } from "../use-settings-error";
import { ConditionBuilder } from "./condition-builder";
import {
  builderCondition,
  emptyBuilder,
  initialBuilder,
  retargetBuilder,
  type TBuilderState,
} from "./condition-builder-state";
import { conditionIssues } from "./condition-issues";
import type { TConditionSubject } from "./condition-labels";
import type { TConditionJson } from "./grant-matrix-model";

export type TConditionRule = { resource: Resource; action: Action; condition: TConditionJson };

type TConditionRuleDialogProps = {
  title: string;
  description: string;
  resources: readonly Resource[];
  initial: { resource: Resource; action: Action };
  /** Whom the condition's variables stand for. */
  subject: TConditionSubject;
  /** The rule may have no condition and then holds on every record (an override). */
  optional?: boolean;
  /** The rule's own choice beside resource and action (a grant's reach, an override's effect). */
  choice: (resource: Resource) => ReactNode;
  /** Fields after the condition. */
  children?: ReactNode;
  pending: boolean;
  error: TSettingsError | null;
  onClose: () => void;
  onSubmit: (rule: TConditionRule) => void;
};

/**
 * A new rule on (resource, action) that holds where its condition does: a role's or group's
 * right, or an employee's override. The condition is built from rows or written as JSON; the
 * engine checks it on save, and what it refuses shows on the row at fault.
 */
export function ConditionRuleDialog({
  title,
  description,
  resources,
  initial,
  subject,
  optional = false,
  choice,
  children,
  pending,
  error,
  onClose,
  onSubmit,
}: TConditionRuleDialogProps) {
  const t = useT();
  const [resource, setResource] = useState<Resource>(initial.resource);
  const [action, setAction] = useState<Action>(initial.action);
  const [builder, setBuilder] = useState<TBuilderState>(() =>
    optional ? emptyBuilder() : initialBuilder(initial.resource),
  );
  const issues = error ? conditionIssues(error.serverMessage) : [];

  function submit() {
    const made = builderCondition(builder, { optional });
    if (!made.ok) return setBuilder(made.state);
    onSubmit({ resource, action, condition: made.condition });
  }

  return (
    <FormDialog
      open
      onClose={onClose}
      title={title}
      description={description}
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
            const next = event.target.value;
            if (!isResource(next)) return;
            setBuilder(retargetBuilder(builder, resource, next));
            setResource(next);
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
        {choice(resource)}
      </div>
      <ConditionBuilder
        resource={resource}
        state={builder}
        onChange={setBuilder}
        issues={issues}
        optional={optional}
        subject={subject}
      />
      {error?.fieldMessage("condition") ? (
        <p className="text-sm text-red-700">{error.fieldMessage("condition")}</p>
      ) : null}
      {children}
    </FormDialog>
  );
}
