"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";

import { EmptyState } from "~/components/empty-state";
import { useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";

import { ActivitiesReport } from "./activities/activities-report";
import { ConversionReport } from "./conversion/conversion-report";
import { FigureDialog } from "./drill/figure-dialog";
import { ReportFiltersBar } from "./filters/report-filters-bar";
import { KpiStrip } from "./kpi-strip";
import { PipelineReport } from "./pipeline/pipeline-report";
import { readFigure, writeFigure, type TReportFigure } from "./report-figure";
import {
  readDealFilters,
  REPORT_TIME_ZONE,
  REPORT_URL_KEYS,
  toActivityFilters,
  type TActivityReportFilters,
  type TDealReportFilters,
  type TReportParams,
  type TReportUrlKey,
} from "./report-params";
import { todayIn } from "./report-period";
import { useReportsRefusal } from "./use-reports-refusal";
import { WonLostReport } from "./won-lost/won-lost-report";

/**
 * The directors' dashboard (SPEC J1): headline figures, then pipeline value, won and lost,
 * activities and conversion, all over what the reader may see (the server filters, D7).
 * Filters, the chart measure and the open figure live in the URL, so a view can be shared
 * and back/forward retrace it; any bar opens the records behind it.
 */
export function ReportsDashboard() {
  const t = useT();
  const router = useRouter();
  const [params, setParams] = useUrlParams(REPORT_URL_KEYS);
  // Read once per visit: a preset is recomputed on reload, not at midnight under the reader.
  const [today] = useState(() => todayIn(REPORT_TIME_ZONE));
  const filters = useMemo(() => readDealFilters(params, today), [params, today]);
  const activityFilters = useMemo(() => toActivityFilters(filters), [filters]);
  const figure = readFigure(params.figure);
  const openedHere = useRef(false);
  const refusal = useReportsRefusal(activityFilters);

  const changeFilters = useCallback(
    (patch: Partial<Record<TReportUrlKey, string | null>>) =>
      // A figure belongs to the filters it was counted under.
      setParams({ ...patch, figure: null }),
    [setParams],
  );
  const openFigure = useCallback(
    (next: TReportFigure) => {
      openedHere.current = true;
      setParams({ figure: writeFigure(next) });
    },
    [setParams],
  );
  const closeFigure = useCallback(() => {
    // Opened from this page: step back, so Back does not reopen it. Opened from a link: drop it.
    if (openedHere.current) {
      openedHere.current = false;
      router.back();
    } else setParams({ figure: null }, { history: "replace" });
  }, [router, setParams]);

  return (
    <section aria-labelledby="reports-heading" className="space-y-5">
      <div>
        <h1 id="reports-heading" className="text-2xl font-semibold tracking-tight">
          {t("reports.title")}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t("reports.intro")}</p>
      </div>

      {refusal ? (
        <EmptyState title={t("reports.noAccess")}>{t(refusal.messageKey)}</EmptyState>
      ) : (
        <Dashboard
          params={params}
          today={today}
          filters={filters}
          activityFilters={activityFilters}
          onFilters={changeFilters}
          onMeasure={(measure) => setParams({ measure }, { history: "replace" })}
          onOpen={openFigure}
        />
      )}

      {figure && !refusal ? (
        <FigureDialog key={params.figure} figure={figure} filters={filters} onClose={closeFigure} />
      ) : null}
    </section>
  );
}

type TDashboardProps = {
  params: TReportParams;
  today: string;
  filters: TDealReportFilters;
  activityFilters: TActivityReportFilters;
  onFilters: (patch: Partial<Record<TReportUrlKey, string | null>>) => void;
  onMeasure: (measure: string) => void;
  onOpen: (figure: TReportFigure) => void;
};

/** The filters, the headline figures and the four reports, top to bottom. */
function Dashboard({
  params,
  today,
  filters,
  activityFilters,
  onFilters,
  onMeasure,
  onOpen,
}: TDashboardProps) {
  return (
    <>
      <ReportFiltersBar params={params} today={today} onChange={onFilters} />
      <KpiStrip filters={filters} activityFilters={activityFilters} />
      <PipelineReport filters={filters} onOpen={onOpen} />
      <WonLostReport
        filters={filters}
        measureParam={params.measure}
        onMeasure={onMeasure}
        onOpen={onOpen}
      />
      <ConversionReport filters={filters} onOpen={onOpen} />
      <ActivitiesReport
        filters={activityFilters}
        pipelineIgnored={Boolean(filters.pipelineId)}
        onOpen={onOpen}
      />
    </>
  );
}
