import { findField } from "./catalog";
import type { Condition, ConditionValue } from "./types";
import { isVariable, VARIABLES } from "./variables";
import type { Resource } from "./vocabulary";

export type NameOf = (id: string) => string;

function valueText(value: ConditionValue | null, nameOf: NameOf): string {
  if (value === null) return "empty";
  if (isVariable(value)) return VARIABLES[value].label;
  return typeof value === "string" ? nameOf(value) : String(value);
}

const ORDER_WORDS = { lt: "below", lte: "at most", gt: "above", gte: "at least" } as const;

/** A condition as an English clause: "the partner company's responsible is you". */
export function describeCondition(
  condition: Condition,
  resource: Resource,
  nameOf: NameOf = (id) => id,
): string {
  const nested = (c: Condition) => {
    const text = describeCondition(c, resource, nameOf);
    return c.op === "and" || c.op === "or" ? `(${text})` : text;
  };
  switch (condition.op) {
    case "and":
      return condition.args.map(nested).join(" and ");
    case "or":
      return condition.args.map(nested).join(" or ");
    case "not":
      return `not ${nested(condition.arg)}`;
    default: {
      const label = findField(resource, condition.path)?.label ?? condition.path;
      if (condition.op === "in") {
        return `${label} is one of ${condition.values.map((v) => valueText(v, nameOf)).join(", ")}`;
      }
      if (condition.op === "eq") return `${label} is ${valueText(condition.value, nameOf)}`;
      if (condition.op === "ne") return `${label} is not ${valueText(condition.value, nameOf)}`;
      return `${label} is ${ORDER_WORDS[condition.op]} ${condition.value}`;
    }
  }
}
