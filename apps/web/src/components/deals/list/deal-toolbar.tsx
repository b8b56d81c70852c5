"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { SearchField } from "~/components/ui/search-field";
import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { DEAL_STATUS_LABELS } from "../shared/deal-status-badge";
import type { TPipelineRef, TStageRef } from "../shared/deal-types";
import { RecordPicker, useCompanyOptions } from "../shared/record-picker";
import { useDirectory } from "../shared/use-people";
import { DEAL_STATUSES, hasDealFilters, type TDealParams } from "./deal-filters";

type TDealToolbarProps = {
  params: TDealParams;
  onChange: (patch: Partial<TDealParams>, history?: "push" | "replace") => void;
  pipelines: readonly TPipelineRef[];
  /** The pipeline shown (the board's first when the URL names none). */
  pipelineId: string | null;
  /** Stages of that pipeline, for the list's stage filter; none on the board. */
  stages: readonly TStageRef[] | null;
};

/** Search and filters of the deals pages, every one kept in the URL. */
export function DealToolbar({
  params,
  onChange,
  pipelines,
  pipelineId,
  stages,
}: TDealToolbarProps) {
  const t = useT();
  const people = useDirectory();
  const responsibleOptions = [
    { value: "me", label: t("deals.filter.responsible.me") },
    ...(people ?? []).map((person) => ({ value: person.id, label: person.name })),
  ];
  if (params.responsible && !responsibleOptions.some((o) => o.value === params.responsible))
    responsibleOptions.push({
      value: params.responsible,
      label: t("deals.filter.responsible.someone"),
    });

  return (
    <div
      role="search"
      aria-label={t("deals.filter.label")}
      className="flex flex-wrap items-center gap-2"
    >
      <div className="min-w-60 flex-1 [&>div]:max-w-none">
        <SearchField
          label={t("deals.filter.search")}
          placeholder={t("deals.filter.searchPlaceholder")}
          value={params.search}
          onCommit={(search) => onChange({ search }, "replace")}
        />
      </div>
      <Select
        label={t("deals.field.pipeline")}
        hideLabel
        containerClassName="shrink-0"
        title={t("deals.field.pipeline")}
        value={pipelineId ?? ""}
        placeholder={stages ? t("deals.filter.anyPipeline") : undefined}
        options={pipelines.map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
        onChange={(event) => onChange({ pipelineId: event.target.value || null, stageId: null })}
      />
      {stages ? (
        <Select
          label={t("deals.field.stage")}
          hideLabel
          containerClassName="shrink-0"
          value={params.stageId ?? ""}
          placeholder={t("deals.filter.anyStage")}
          disabled={!params.pipelineId}
          title={params.pipelineId ? undefined : t("deals.filter.stageNeedsPipeline")}
          options={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
          onChange={(event) => onChange({ stageId: event.target.value || null })}
        />
      ) : null}
      <Select
        label={t("deals.field.status")}
        hideLabel
        containerClassName="shrink-0"
        value={params.status ?? ""}
        placeholder={t("deals.filter.anyStatus")}
        options={DEAL_STATUSES.map((status) => ({
          value: status,
          label: t(DEAL_STATUS_LABELS[status]),
        }))}
        onChange={(event) =>
          onChange({ status: (event.target.value || null) as TDealParams["status"] })
        }
      />
      <Select
        label={t("deals.field.responsible")}
        hideLabel
        containerClassName="shrink-0"
        value={params.responsible ?? ""}
        placeholder={t("deals.filter.anyone")}
        options={responsibleOptions}
        onChange={(event) => onChange({ responsible: event.target.value || null })}
      />
      <CompanyFilter
        companyId={params.companyId}
        onChange={(companyId) => onChange({ companyId })}
      />
      {hasDealFilters(params) ? (
        <Button
          variant="ghost"
          onClick={() =>
            onChange({
              search: "",
              stageId: null,
              status: null,
              responsible: null,
              companyId: null,
            })
          }
        >
          {t("deals.filter.clear")}
        </Button>
      ) : null}
    </div>
  );
}

function CompanyFilter({
  companyId,
  onChange,
}: {
  companyId: string | null;
  onChange: (companyId: string | null) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [text, setText] = useState<string | null>(null);
  const { options, loading } = useCompanyOptions(text);
  const chosen = useQuery(
    trpc.companies.get.queryOptions(
      { id: companyId ?? "" },
      { enabled: companyId !== null, retry: false, staleTime: 5 * 60_000 },
    ),
  );
  const value = companyId
    ? {
        id: companyId,
        name: chosen.data?.name ?? (chosen.isError ? t("deals.filter.unknownCompany") : "…"),
      }
    : null;
  return (
    <div className="w-52">
      <RecordPicker
        label={t("deals.field.company")}
        hideLabel
        value={value}
        onChange={(company) => onChange(company?.id ?? null)}
        options={options}
        loading={loading}
        onSearch={setText}
        placeholder={t("deals.filter.anyCompany")}
      />
    </div>
  );
}
