"use client";

import { useState, type FormEvent } from "react";

import { Button } from "~/components/ui/button";
import { DateField } from "~/components/ui/date-field";
import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";

import { readPeriodChoice, type TReportParams } from "../report-params";
import {
  checkCustomPeriod,
  PERIOD_PRESETS,
  presetRange,
  type TPeriodPreset,
} from "../report-period";

const PRESET_LABELS: Record<TPeriodPreset, TPlainMessageKey> = {
  thisMonth: "reports.period.thisMonth",
  lastMonth: "reports.period.lastMonth",
  thisQuarter: "reports.period.thisQuarter",
  lastQuarter: "reports.period.lastQuarter",
  thisYear: "reports.period.thisYear",
  last12Months: "reports.period.last12Months",
};

type TPeriodPatch = { period: string | null; from: string | null; to: string | null };

/**
 * The period: a named one (kept by name, so a shared "this quarter" stays this quarter), any
 * time, or two days of one's own, applied together once both are right.
 */
export function PeriodFilter({
  params,
  today,
  onChange,
}: {
  params: Pick<TReportParams, "period" | "from" | "to">;
  today: string;
  onChange: (patch: TPeriodPatch) => void;
}) {
  const t = useT();
  const choice = readPeriodChoice(params);
  const selected = choice.kind === "preset" ? choice.preset : choice.kind;

  return (
    <div className="flex flex-wrap items-start gap-3">
      <div className="w-48">
        <Select
          label={t("reports.filters.period")}
          value={selected}
          options={[
            { value: "any", label: t("reports.period.any") },
            ...PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(PRESET_LABELS[preset]) })),
            { value: "custom", label: t("reports.period.custom") },
          ]}
          onChange={(event) => {
            const next = event.target.value;
            if (next === "any") onChange({ period: null, from: null, to: null });
            else if (next === "custom") {
              // Start from the days the reader was looking at, or this month's.
              const range =
                choice.kind === "preset"
                  ? presetRange(choice.preset, today)
                  : presetRange("thisMonth", today);
              onChange({ period: "custom", from: range.from, to: range.to });
            } else onChange({ period: next, from: null, to: null });
          }}
        />
      </div>
      {choice.kind === "custom" ? (
        <CustomPeriod
          key={`${choice.from ?? ""}|${choice.to ?? ""}`}
          from={choice.from}
          to={choice.to}
          onApply={(from, to) => onChange({ period: "custom", from, to })}
        />
      ) : null}
    </div>
  );
}

function CustomPeriod({
  from,
  to,
  onApply,
}: {
  from: string | null;
  to: string | null;
  onApply: (from: string | null, to: string | null) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState({ from: from ?? "", to: to ?? "" });
  const [problem, setProblem] = useState<"order" | "tooLong" | null>(
    from && to ? checkCustomPeriod(from, to) : null,
  );
  const changed = draft.from !== (from ?? "") || draft.to !== (to ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draft.from && draft.to ? checkCustomPeriod(draft.from, draft.to) : null;
    setProblem(found);
    if (!found) onApply(draft.from || null, draft.to || null);
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-start gap-3" noValidate>
      <div className="w-40">
        <DateField
          label={t("reports.filters.from")}
          value={draft.from}
          onChange={(event) => setDraft((current) => ({ ...current, from: event.target.value }))}
        />
      </div>
      <div className="w-40">
        <DateField
          label={t("reports.filters.to")}
          value={draft.to}
          onChange={(event) => setDraft((current) => ({ ...current, to: event.target.value }))}
          error={
            problem === "order"
              ? t("reports.period.error.order")
              : problem === "tooLong"
                ? t("reports.period.error.tooLong")
                : undefined
          }
        />
      </div>
      <Button type="submit" variant="secondary" className="mt-6" disabled={!changed && !problem}>
        {t("reports.filters.apply")}
      </Button>
    </form>
  );
}
