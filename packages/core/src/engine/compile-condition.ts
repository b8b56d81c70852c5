import { and, NEVER, not, or, type Predicate, type PredicateValue } from "./predicate";
import type { Condition, ConditionValue, Subject } from "./types";
import { isVariable, VARIABLES } from "./variables";

// Condition JSON → predicate, with the subject's variables bound. The input must have
// passed `validateCondition`; the result is two-valued (see predicate.ts) and feeds both
// `decide` (compiled to a closure) and `filter` (normalised to a tree).
//
// Rules where nulls meet the language (docs/permissions.md, "Nulls"):
// - `eq p null` is "p is empty", `ne p null` is "p is not empty";
// - `ne p v` is `not (eq p v)`: true when p is empty;
// - a variable with no value (a subject without a direction) matches nothing, so
//   `eq p $myDirection` is false and `ne p $myDirection` is true.

function bind(value: ConditionValue, subject: Subject): PredicateValue | null {
  return isVariable(value) ? VARIABLES[value].read(subject) : value;
}

export function compileCondition(condition: Condition, subject: Subject): Predicate {
  switch (condition.op) {
    case "and":
      return and(...condition.args.map((arg) => compileCondition(arg, subject)));
    case "or":
      return or(...condition.args.map((arg) => compileCondition(arg, subject)));
    case "not":
      return not(compileCondition(condition.arg, subject));
    case "eq":
      return compileEquality(condition.path, condition.value, subject);
    case "ne":
      return not(compileEquality(condition.path, condition.value, subject));
    case "in": {
      const values: PredicateValue[] = [];
      for (const raw of condition.values) {
        const value = bind(raw, subject);
        if (value !== null && !values.includes(value)) values.push(value);
      }
      if (values.length === 0) return NEVER;
      if (values.length === 1)
        return { op: "eq", path: condition.path, value: values[0] as PredicateValue };
      return { op: "in", path: condition.path, values };
    }
    default:
      return { op: condition.op, path: condition.path, value: condition.value };
  }
}

function compileEquality(path: string, raw: ConditionValue | null, subject: Subject): Predicate {
  if (raw === null) return { op: "isNull", path };
  const value = bind(raw, subject);
  return value === null ? NEVER : { op: "eq", path, value };
}
