import { describeCondition, validateCondition, type Resource } from "@charter/core/engine";

/**
 * A stored condition as the engine says it in English ("the partner company's responsible is
 * you"), names put in for ids where known; the raw JSON when the engine cannot read it.
 */
export function conditionText(
  resource: Resource,
  condition: unknown,
  nameOf: (id: string) => string = (id) => id,
): string {
  const read = validateCondition(resource, condition);
  return read.ok ? describeCondition(read.value, resource, nameOf) : JSON.stringify(condition);
}
