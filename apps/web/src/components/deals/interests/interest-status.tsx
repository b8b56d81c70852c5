"use client";

import { Badge, type TBadgeTone } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";

import type { TInterest } from "../shared/deal-types";

export const INTEREST_STATUSES = ["new", "qualified", "converted", "discarded"] as const;

export const INTEREST_STATUS_LABELS = {
  new: "deals.interests.status.new",
  qualified: "deals.interests.status.qualified",
  converted: "deals.interests.status.converted",
  discarded: "deals.interests.status.discarded",
} as const;

const TONES: Record<TInterest["status"], TBadgeTone> = {
  new: "info",
  qualified: "warning",
  converted: "success",
  discarded: "neutral",
};

export function InterestStatusBadge({ status }: { status: TInterest["status"] }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(INTEREST_STATUS_LABELS[status])}</Badge>;
}
