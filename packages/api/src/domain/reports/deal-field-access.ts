import { visibleFields, type Subject } from "@charter/core/engine";

import { AppError } from "../../errors";

/** The deal fields a report reads beyond identity, which a role's field rule may hide. */
export type TDealFieldsHidden = { amount: boolean; expectedCloseAt: boolean };

/**
 * Which of them a field rule hides from the subject (PERMISSIONS.md "Fields", e.g. the
 * Telephonist's amounts). A hidden amount is never summed: a total would reveal what the rule
 * hides as surely as the amounts themselves.
 */
export function dealFieldsHiddenFrom(subject: Subject): TDealFieldsHidden {
  const { fields } = visibleFields(subject, "deal", {
    builtInFields: ["amount", "expectedCloseAt"],
    sections: [],
  });
  return {
    amount: fields.amount === "hidden",
    expectedCloseAt: fields.expectedCloseAt === "hidden",
  };
}

/** Filtering by a hidden field would tell its values apart, so it is refused, naming why. */
export function assertFilterableByExpectedClose(hidden: TDealFieldsHidden): void {
  if (!hidden.expectedCloseAt) return;
  throw new AppError(
    "FORBIDDEN",
    { key: "reports.closeDateHidden" },
    { rule: "field-access", field: "from" },
  );
}
