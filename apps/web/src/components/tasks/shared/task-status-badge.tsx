"use client";

import { Badge, type TBadgeTone } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";

import type { TTaskStatus } from "./task-moves";

const TONES: Record<TTaskStatus, TBadgeTone> = {
  open: "info",
  done: "success",
  cancelled: "neutral",
};

const LABELS = {
  open: "tasks.status.open",
  done: "tasks.status.done",
  cancelled: "tasks.status.cancelled",
} as const;

export function TaskStatusBadge({ status }: { status: TTaskStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(LABELS[status])}</Badge>;
}

export { LABELS as TASK_STATUS_LABELS };
