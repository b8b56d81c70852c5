"use client";

import { Dialog } from "~/components/ui/dialog";

import { toActivityFilters, type TDealReportFilters } from "../report-params";
import type { TReportFigure } from "../report-figure";
import { ActivitiesBehindList } from "./activities-behind-list";
import { DealsBehindList } from "./deals-behind-list";
import { useFigureTitle } from "./use-figure-title";

/**
 * The records behind the figure named in the URL, over the dashboard's own filters: the same
 * figure the chart showed, so the list's count is the bar's.
 */
export function FigureDialog({
  figure,
  filters,
  onClose,
}: {
  figure: TReportFigure;
  filters: TDealReportFilters;
  onClose: () => void;
}) {
  const { title, description } = useFigureTitle(figure, filters);
  return (
    <Dialog open onClose={onClose} title={title} description={description ?? undefined} size="lg">
      {figure.report === "activities" ? (
        <ActivitiesBehindList filters={toActivityFilters(filters)} figure={figure} />
      ) : (
        <DealsBehindList filters={filters} figure={figure} />
      )}
    </Dialog>
  );
}
