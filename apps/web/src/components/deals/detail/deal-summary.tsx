"use client";

import Link from "next/link";
import type { ReactNode } from "react";

import { DescriptionList } from "~/components/ui/description-list";
import { LocalTime } from "~/components/ui/local-time";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";

import type { TDealDetail } from "../shared/deal-types";
import { PersonInitials } from "../shared/person-initials";
import { useCalendarDate } from "../shared/use-calendar-date";
import { useMoney } from "../shared/use-money";

function ClientLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="font-medium text-indigo-700 hover:underline">
      {children}
    </Link>
  );
}

/** The deal's money, dates, people and links; links open the client card. */
export function DealSummary({ deal }: { deal: TDealDetail }) {
  const t = useT();
  const money = useMoney();
  const calendarDate = useCalendarDate();
  const none = <span className="text-slate-400">{t("common.none")}</span>;
  const link = (ref: { id: string; name: string } | null, href: string): ReactNode =>
    ref ? <ClientLink href={href}>{ref.name}</ClientLink> : none;

  return (
    <Panel title={t("deals.detail.summary")}>
      <div className="space-y-5">
        <div className="flex flex-wrap items-end gap-x-8 gap-y-2">
          <div>
            <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
              {t("deals.field.amount")}
            </p>
            {deal.amount !== undefined ? (
              <p className="text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">
                {money(deal.amount, deal.currency)}
              </p>
            ) : (
              <p className="text-sm text-slate-500">{t("deals.detail.amountHidden")}</p>
            )}
          </div>
          {deal.expectedCloseAt !== undefined ? (
            <div>
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                {t("deals.field.expectedClose")}
              </p>
              <p className="text-sm font-medium text-slate-900">
                {deal.expectedCloseAt ? calendarDate(deal.expectedCloseAt) : none}
              </p>
            </div>
          ) : null}
        </div>
        <DescriptionList
          items={[
            {
              key: "company",
              label: t("deals.field.company"),
              value: link(deal.company, `/clients/companies/${deal.company?.id ?? ""}`),
            },
            {
              key: "contact",
              label: t("deals.field.contact"),
              value: link(deal.contact, `/clients/contacts/${deal.contact?.id ?? ""}`),
            },
            {
              key: "partner",
              label: t("deals.field.partner"),
              value: link(deal.partner, `/clients/companies/${deal.partner?.id ?? ""}`),
            },
            {
              key: "responsible",
              label: t("deals.field.responsible"),
              value: (
                <span className="inline-flex items-center gap-2">
                  <PersonInitials name={deal.responsible.name} />
                  {deal.responsible.name}
                </span>
              ),
            },
            {
              key: "interest",
              label: t("deals.field.interest"),
              value: deal.interest ? deal.interest.name : none,
            },
            { key: "currency", label: t("deals.field.currency"), value: deal.currency },
            {
              key: "created",
              label: t("deals.field.created"),
              value: <LocalTime value={deal.createdAt} />,
            },
            {
              key: "closed",
              label: t("deals.field.closed"),
              value: deal.closedAt ? <LocalTime value={deal.closedAt} /> : none,
            },
          ]}
        />
      </div>
    </Panel>
  );
}
