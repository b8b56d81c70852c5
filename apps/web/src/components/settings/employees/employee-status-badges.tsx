"use client";

import { Badge } from "~/components/ui/badge";
import { LocalTime } from "~/components/ui/local-time";
import { useT } from "~/i18n/i18n-provider";

import { STATUS_LABELS, STATUS_TONES, type TEmployee } from "./employee-labels";

/** Status, access expiry and "kept out of the list", as badges. */
export function EmployeeStatusBadges({
  employee,
  now,
}: {
  employee: Pick<TEmployee, "status" | "accessExpiresAt" | "shownInList">;
  now: Date;
}) {
  const t = useT();
  const expiry = employee.accessExpiresAt;
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <Badge tone={STATUS_TONES[employee.status]}>{t(STATUS_LABELS[employee.status])}</Badge>
      {expiry ? (
        expiry.getTime() <= now.getTime() ? (
          <Badge tone="danger">{t("settings.employees.expired")}</Badge>
        ) : (
          <Badge tone="info">
            {/* One flex item, so the space before the date is kept. */}
            <span>
              {t("settings.employees.accessUntil")} <LocalTime value={expiry} withTime={false} />
            </span>
          </Badge>
        )
      ) : null}
      {employee.shownInList ? null : <Badge>{t("settings.employees.hiddenFromList")}</Badge>}
    </span>
  );
}
