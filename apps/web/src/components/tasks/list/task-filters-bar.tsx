"use client";

import { Button } from "~/components/ui/button";
import { DateField } from "~/components/ui/date-field";
import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";

import {
  DUE_CHOICES,
  isRangeBackwards,
  STATUS_CHOICES,
  type TTaskListParams,
} from "./task-filters";

const STATUS_LABELS = {
  open: "tasks.filter.status.open",
  done: "tasks.filter.status.done",
  cancelled: "tasks.filter.status.cancelled",
  any: "tasks.filter.status.any",
} as const;

const DUE_LABELS = {
  any: "tasks.filter.due.any",
  overdue: "tasks.filter.due.overdue",
  today: "tasks.filter.due.today",
  week: "tasks.filter.due.week",
  range: "tasks.filter.due.range",
} as const;

type TTaskFiltersBarProps = {
  params: TTaskListParams;
  onChange: (patch: Partial<TTaskListParams>) => void;
};

/** Status and due-date filters; every choice lands in the URL, so back/forward retrace them. */
export function TaskFiltersBar({ params, onChange }: TTaskFiltersBarProps) {
  const t = useT();
  const filtered = params.status !== "open" || params.due !== "any";
  return (
    <div
      role="group"
      aria-label={t("tasks.filter.label")}
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-xs"
    >
      <Select
        label={t("tasks.filter.status")}
        value={params.status}
        options={STATUS_CHOICES.map((value) => ({ value, label: t(STATUS_LABELS[value]) }))}
        onChange={(event) => onChange({ status: event.target.value as TTaskListParams["status"] })}
        containerClassName="w-44"
      />
      <Select
        label={t("tasks.filter.due")}
        value={params.due}
        options={DUE_CHOICES.map((value) => ({ value, label: t(DUE_LABELS[value]) }))}
        onChange={(event) => onChange({ due: event.target.value as TTaskListParams["due"] })}
        containerClassName="w-48"
      />
      {params.due === "range" ? (
        <>
          <DateField
            label={t("tasks.filter.from")}
            value={params.from ?? ""}
            onChange={(event) => onChange({ from: event.target.value || null })}
            containerClassName="w-44"
          />
          <DateField
            label={t("tasks.filter.to")}
            value={params.to ?? ""}
            onChange={(event) => onChange({ to: event.target.value || null })}
            error={isRangeBackwards(params) ? t("tasks.filter.rangeBackwards") : undefined}
            containerClassName="w-44"
          />
        </>
      ) : null}
      {filtered ? (
        <Button
          variant="ghost"
          onClick={() => onChange({ status: "open", due: "any" })}
          className="mb-0.5"
        >
          {t("tasks.filter.reset")}
        </Button>
      ) : null}
    </div>
  );
}
