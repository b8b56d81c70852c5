import type { IdRef } from "./catalog";
import type { Subject } from "./types";

// The variables a condition may use. Each stands for an id of one kind, so a condition
// cannot compare, say, a stage with the subject's id.

export const VARIABLES = {
  $me: { ref: "employee", label: "you", read: (s: Subject) => s.employeeId },
  $myDirection: {
    ref: "direction",
    label: "your sales direction",
    read: (s: Subject) => s.directionId,
  },
  $myDepartment: {
    ref: "department",
    label: "your department",
    read: (s: Subject) => s.departmentId,
  },
  $myPartnerCompany: {
    ref: "company",
    label: "your partner company",
    read: (s: Subject) => s.partnerCompanyId ?? null,
  },
} as const satisfies Record<
  string,
  { ref: IdRef; label: string; read: (s: Subject) => string | null }
>;

export type VariableName = keyof typeof VARIABLES;

export const VARIABLE_NAMES = Object.keys(VARIABLES) as VariableName[];

export function isVariable(value: unknown): value is VariableName {
  return typeof value === "string" && Object.hasOwn(VARIABLES, value);
}

export function looksLikeVariable(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("$");
}
