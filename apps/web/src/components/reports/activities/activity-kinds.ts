import type { TPlainMessageKey } from "~/i18n/translate";

import { ACTIVITY_KINDS, type TActivityKind } from "../report-figure";
import type { TActivitiesReport } from "../report-types";

export { ACTIVITY_KINDS };

export const KIND_LABELS: Record<TActivityKind, TPlainMessageKey> = {
  call: "reports.activities.kind.call",
  meeting: "reports.activities.kind.meeting",
  note: "reports.activities.kind.note",
  email: "reports.activities.kind.email",
};

/** The busiest first; equals by name, as the API gave them. */
export function byTotalDescending(
  employees: TActivitiesReport["employees"],
): TActivitiesReport["employees"] {
  return [...employees].sort((a, b) => b.total - a.total);
}

/** One activity's kind, as a badge names it. */
export const KIND_LABELS_ONE: Record<TActivityKind, TPlainMessageKey> = {
  call: "reports.activities.one.call",
  meeting: "reports.activities.one.meeting",
  note: "reports.activities.one.note",
  email: "reports.activities.one.email",
};
