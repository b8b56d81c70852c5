import type { TProjectScope } from "../access/project-scope";
import { assertFilterableByExpectedClose, dealFieldsHiddenFrom } from "./deal-field-access";
import { resolveReportFilters, type TReportFilters } from "./report-filters";
import type { TReportQuery } from "./report-query";
import { defaultWonLostDays } from "./won-lost-by-month";
import { parseLocalDate } from "./zoned-time";

export type TReportName = "pipelineValue" | "wonLost" | "activities" | "conversion";

/**
 * The query of a report, or of the drill-down into one of its figures: both go through here,
 * so they resolve the same filters with the same defaults and the same reach, and a
 * drill-down lists exactly the records its figure counted.
 */
export async function buildReportQuery(
  scope: Pick<TProjectScope, "db" | "subject" | "project" | "reach">,
  report: TReportName,
  filters: TReportFilters,
): Promise<TReportQuery> {
  const now = scope.subject.context.now;
  const defaults =
    report === "wonLost"
      ? defaultWonLostDays(now, filters.timeZone, filters.to ? parseLocalDate(filters.to) : null)
      : {};
  const hidden = dealFieldsHiddenFrom(scope.subject);
  if (report === "pipelineValue" && (filters.from || filters.to)) {
    assertFilterableByExpectedClose(hidden);
  }
  return {
    filters: await resolveReportFilters(scope.db, scope.project.id, filters, defaults),
    dealReach: scope.reach("deal", "view"),
    activityReach: scope.reach("activity", "view"),
    amountHidden: hidden.amount,
    expectedCloseHidden: hidden.expectedCloseAt,
  };
}
