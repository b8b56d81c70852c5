"use client";

import { Badge, type TBadgeTone } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";

import type { TDealStatus } from "./deal-types";

const TONES: Record<TDealStatus, TBadgeTone> = { open: "info", won: "success", lost: "danger" };

export const DEAL_STATUS_LABELS = {
  open: "deals.status.open",
  won: "deals.status.won",
  lost: "deals.status.lost",
} as const;

export function DealStatusBadge({ status }: { status: TDealStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(DEAL_STATUS_LABELS[status])}</Badge>;
}
