"use client";

import { useMemo, type ReactNode } from "react";

import { isResource, type IdRef } from "@charter/core/engine";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useFormatters, useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { confirmError } from "../action-error";
import type { TSettingsError } from "../use-settings-error";
import type { TConditionSubject } from "./condition-labels";
import { conditionRefs } from "./condition-rows";
import { conditionText } from "./condition-text";
import { useConditionChoices } from "./use-condition-choices";

// A role's rights with a condition and an employee's overrides are listed alike: what each is
// about, its condition in words, and a way to add and remove one.

export type TListedRule = {
  id: string;
  resource: string;
  /** The stored condition, null for none. */
  condition: unknown;
  /** What the rule is about, e.g. "Deals · Edit · All". */
  label: string;
  /** Before the label, e.g. whether an override allows or denies. */
  badge?: ReactNode;
  note?: string | null;
};

/** A list's heading, with its add button for those who may add. */
export function RuleListHeader({
  id,
  level,
  title,
  addLabel,
  onAdd,
  className,
}: {
  id: string;
  level: 2 | 3;
  title: string;
  addLabel: string;
  onAdd: (() => void) | null;
  className?: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className={cn("flex flex-wrap items-center justify-between gap-2", className)}>
      <Heading id={id} className="text-sm font-semibold text-slate-900">
        {title}
      </Heading>
      {onAdd ? (
        <Button variant="secondary" size="sm" onClick={onAdd}>
          {addLabel}
        </Button>
      ) : null}
    </div>
  );
}

/**
 * Rules each said in words, with the names of the stages, people and departments their
 * conditions compare; Remove for those who may remove.
 */
export function RuleList<T extends TListedRule>({
  rules,
  subject,
  onRemove,
}: {
  rules: readonly T[];
  /** Whom the conditions' `$me` stands for. */
  subject: TConditionSubject;
  onRemove: ((rule: T) => void) | null;
}) {
  const t = useT();
  const format = useFormatters();
  const refs = useMemo(
    () =>
      new Set<IdRef>(
        rules.flatMap((rule) =>
          isResource(rule.resource) ? conditionRefs(rule.resource, rule.condition) : [],
        ),
      ),
    [rules],
  );
  const names = useConditionChoices(refs);
  const nameOf = (id: string) => names.nameOf(id) ?? id;

  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {rules.map((rule) => (
        <li key={rule.id} className="flex flex-wrap items-start gap-3 px-4 py-2.5 text-sm">
          {rule.badge}
          <span className="min-w-0 flex-1">
            <span className="block font-medium text-slate-900">{rule.label}</span>
            {rule.condition != null ? (
              <span className="block text-slate-600">
                {t("settings.roles.when")}{" "}
                {isResource(rule.resource)
                  ? conditionText(rule.resource, rule.condition, {
                      t,
                      number: format.number,
                      nameOf,
                      subject,
                    })
                  : JSON.stringify(rule.condition)}
              </span>
            ) : null}
            {rule.note ? <span className="block text-xs text-slate-500">{rule.note}</span> : null}
          </span>
          {onRemove ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("settings.roles.removeGrantNamed", { grant: rule.label })}
              onClick={() => onRemove(rule)}
            >
              {t("settings.org.groups.remove")}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Asks before a rule is removed, naming it; why a removal failed stays in the dialog. */
export function RemoveRuleDialog({
  rule,
  title,
  pending,
  error,
  onCancel,
  onConfirm,
}: {
  rule: TListedRule | null;
  title: string;
  pending: boolean;
  error: TSettingsError | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = useT();
  return (
    <ConfirmDialog
      open={rule !== null}
      onCancel={onCancel}
      onConfirm={onConfirm}
      title={title}
      confirmLabel={t("settings.org.groups.remove")}
      pendingLabel={t("common.deleting")}
      pending={pending}
      error={confirmError(error)}
    >
      <p>{rule?.label}</p>
    </ConfirmDialog>
  );
}
