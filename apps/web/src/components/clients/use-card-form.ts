"use client";

import { useRef, useState } from "react";

import { useLocale, useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";

import {
  changedBuiltIns,
  findBuiltInProblems,
  toBuiltInValues,
  type TBuiltInField,
  type TBuiltInPatch,
  type TBuiltInValues,
} from "./built-in-fields";
import type { TCustomSection } from "./card-types";
import {
  changedCustomValues,
  findCustomProblems,
  toFormValues,
  type TFormValue,
  type TFormValues,
  type TValueProblem,
} from "./custom-values";

export type TCardChanges = {
  fields: TBuiltInPatch;
  customValues: ReturnType<typeof changedCustomValues>;
};

type TProblems = {
  builtIns: Record<string, TPlainMessageKey>;
  custom: Record<string, TValueProblem>;
};

const NO_PROBLEMS: TProblems = { builtIns: {}, custom: {} };

/**
 * The edit form of a client card: its own fields and its custom sections, checked as the API
 * would check them, and only the changes sent. The form is keyed by the record's version by
 * its parent, so a reload after a conflict starts again from the latest values.
 */
export function useCardForm<K extends string>(options: {
  record: Partial<Record<K, unknown>>;
  fields: readonly TBuiltInField<K>[];
  sections: readonly TCustomSection[];
}) {
  const { record, fields, sections } = options;
  const t = useT();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [builtIns, setBuiltIns] = useState<TBuiltInValues>(() => toBuiltInValues(record, fields));
  const [custom, setCustom] = useState<TFormValues>(() => toFormValues(sections));
  const [problems, setProblems] = useState<TProblems>(NO_PROBLEMS);

  function setBuiltIn(key: K, value: string | boolean) {
    setBuiltIns((current) => ({ ...current, [key]: value }));
  }

  function setCustomValue(fieldId: string, value: TFormValue) {
    setCustom((current) => ({ ...current, [fieldId]: value }));
  }

  /** The changes to send, or null after showing what to fix (focus moves to the first). */
  function collect(): TCardChanges | null {
    const changes = {
      fields: changedBuiltIns(record, fields, builtIns),
      customValues: changedCustomValues(sections, custom),
    };
    const found: TProblems = {
      builtIns: findBuiltInProblems(fields, changes.fields) as Record<string, TPlainMessageKey>,
      custom: findCustomProblems(sections, custom),
    };
    setProblems(found);
    if (Object.keys(found.builtIns).length + Object.keys(found.custom).length === 0) return changes;
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus(),
    );
    return null;
  }

  function builtInError(key: K, serverMessage?: string): string | undefined {
    const problem = problems.builtIns[key];
    return problem ? t(problem) : serverMessage;
  }

  // The rule's own words are English and exact: an English reader gets them as they are.
  function customError(fieldId: string): string | undefined {
    const problem = problems.custom[fieldId];
    if (!problem) return undefined;
    return locale === "en" ? problem.detail : t(problem.key);
  }

  return {
    formRef,
    builtIns,
    custom,
    setBuiltIn,
    setCustomValue,
    collect,
    builtInError,
    customError,
  };
}

export function hasChanges(changes: TCardChanges): boolean {
  return Object.keys(changes.fields).length + Object.keys(changes.customValues).length > 0;
}

export function isEmpty(changes: object): boolean {
  return Object.keys(changes).length === 0;
}
