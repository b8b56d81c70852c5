import type { TCustomSection } from "./card-types";

/**
 * Whether the reader may edit this record, as far as its answer tells: the API marks every
 * custom section `read` on a record the reader may not edit, and the default sections, open
 * to all, `write` on one they may. With no sections to go by the answer is null (unknown):
 * the action is offered and the API's refusal, if any, explained. The API decides regardless.
 */
export function readCanEdit(sections: readonly TCustomSection[]): boolean | null {
  if (sections.length === 0) return null;
  return sections.some((section) => section.access === "write");
}
