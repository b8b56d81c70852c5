import {
  findField,
  validateCondition,
  VARIABLE_NAMES,
  type Condition,
  type ConditionValue,
  type FieldSpec,
  type Resource,
  type VariableName,
} from "@charter/core/engine";

import type { TTranslate } from "~/i18n/translate";

import {
  FIELD_LABELS,
  KIND_LABELS,
  OPERATOR_LABELS,
  VARIABLE_LABELS,
  type TConditionSubject,
} from "./condition-labels";

/** What saying a condition needs: the reader's words and number form, and names for ids. */
export type TConditionWords = {
  t: TTranslate;
  number: (value: number) => string;
  nameOf: (id: string) => string;
  /** Whom `$me` stands for: a right's holder, or the employee an override is for. */
  subject: TConditionSubject;
};

/**
 * A stored condition in the reader's language, with the builder's own words for fields,
 * comparisons and values ("druh je hovor"); the raw JSON when the engine cannot read it.
 */
export function conditionText(resource: Resource, condition: unknown, words: TConditionWords) {
  const read = validateCondition(resource, condition);
  return read.ok ? sayCondition(read.value, resource, words) : JSON.stringify(condition);
}

function sayCondition(condition: Condition, resource: Resource, words: TConditionWords): string {
  const { t } = words;
  const nested = (part: Condition) => {
    const text = sayCondition(part, resource, words);
    return part.op === "and" || part.op === "or" ? `(${text})` : text;
  };
  switch (condition.op) {
    case "and":
      return condition.args.map(nested).join(` ${t("settings.conditions.words.and")} `);
    case "or":
      return condition.args.map(nested).join(` ${t("settings.conditions.words.or")} `);
    case "not":
      return t("settings.conditions.words.not", { condition: nested(condition.arg) });
    default: {
      const field = findField(resource, condition.path);
      const label = FIELD_LABELS[condition.path];
      const name = label ? lowerFirst(t(label)) : condition.path;
      const value = (raw: ConditionValue) => sayValue(raw, field, words);
      if (condition.op === "in") {
        return `${name} ${t(OPERATOR_LABELS.in)} ${condition.values.map(value).join(", ")}`;
      }
      if (condition.value === null) {
        return `${name} ${t(OPERATOR_LABELS[condition.op === "eq" ? "empty" : "notEmpty"])}`;
      }
      return `${name} ${t(OPERATOR_LABELS[condition.op])} ${value(condition.value)}`;
    }
  }
}

// The builder's labels head a field ("Částka"); inside a sentence they read in lower case.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isVariable(value: ConditionValue): value is VariableName {
  return (VARIABLE_NAMES as readonly ConditionValue[]).includes(value);
}

function sayValue(value: ConditionValue, field: FieldSpec | undefined, words: TConditionWords) {
  const { t } = words;
  if (isVariable(value)) return t(VARIABLE_LABELS[words.subject][value]);
  if (typeof value === "boolean") return lowerFirst(t(value ? "common.yes" : "common.no"));
  if (typeof value === "number") return words.number(value);
  if (field?.type.kind === "enum") {
    const label = KIND_LABELS[value];
    return label ? lowerFirst(t(label)) : value;
  }
  return field?.type.kind === "id" ? words.nameOf(value) : value;
}
