"use client";

import { useState } from "react";

import {
  allowedScopes,
  conditionPaths,
  isScope,
  type Resource,
  type Scope,
} from "@charter/core/engine";

import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";

import type { TSettingsError } from "../use-settings-error";
import { ConditionRuleDialog, type TConditionRule } from "./condition-rule-dialog";
import { SCOPE_LABELS } from "./scope-labels";

export type TConditionalGrant = TConditionRule & { scope: Scope };

/** A new right that holds only where its condition does: resource, action, reach, condition. */
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
  const [scope, setScope] = useState<Scope>("project");

  return (
    <ConditionRuleDialog
      title={t("settings.roles.addConditional")}
      description={t("settings.roles.conditionalHelp")}
      resources={offered}
      initial={{ resource: offered[0] ?? "company", action: "view" }}
      subject="holder"
      choice={(resource) => (
        <Select
          label={t("settings.roles.scope")}
          value={scope}
          options={allowedScopes(resource).map((value) => ({
            value,
            label: t(SCOPE_LABELS[value]),
          }))}
          onChange={(event) => {
            if (isScope(event.target.value)) setScope(event.target.value);
          }}
        />
      )}
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={(rule) =>
        onSubmit({
          ...rule,
          scope: allowedScopes(rule.resource).includes(scope) ? scope : "project",
        })
      }
    />
  );
}
