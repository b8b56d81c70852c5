import { readId } from "./report-params";

export const ACTIVITY_KINDS = ["call", "meeting", "note", "email"] as const;
export type TActivityKind = (typeof ACTIVITY_KINDS)[number];

export const CONVERSION_MEASURES = ["entered", "advanced", "won"] as const;
export type TConversionMeasure = (typeof CONVERSION_MEASURES)[number];

/**
 * A figure on the dashboard whose records can be listed: exactly what `reports.dealsBehind`
 * and `reports.activitiesBehind` take as `figure`, so the list's total is the figure.
 */
export type TReportFigure =
  | { report: "pipelineValue"; stageId: string; currency?: string }
  | { report: "wonLost"; month: string; status: "won" | "lost"; currency?: string }
  | { report: "conversion"; stageId: string; measure: TConversionMeasure }
  | { report: "activities"; responsibleId?: string; kind?: TActivityKind };

const SEPARATOR = ".";
const ALL = "all";
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CURRENCY = /^[A-Z]{3}$/;

function readCurrency(value: string | undefined): { currency?: string } {
  return value && CURRENCY.test(value) ? { currency: value } : {};
}

/** The figure as the URL keeps it, e.g. `wonLost.2026-03.won.CZK`. */
export function writeFigure(figure: TReportFigure): string {
  const parts: string[] = (() => {
    switch (figure.report) {
      case "pipelineValue":
        return [figure.stageId, ...(figure.currency ? [figure.currency] : [])];
      case "wonLost":
        return [figure.month, figure.status, ...(figure.currency ? [figure.currency] : [])];
      case "conversion":
        return [figure.stageId, figure.measure];
      case "activities":
        return [figure.responsibleId ?? ALL, figure.kind ?? ALL];
    }
  })();
  return [figure.report, ...parts].join(SEPARATOR);
}

/** The figure a URL names, or null for anything this dashboard did not write. */
export function readFigure(value: string | null): TReportFigure | null {
  if (!value) return null;
  const [report, first, second, third, extra] = value.split(SEPARATOR);
  if (extra !== undefined) return null;
  switch (report) {
    case "pipelineValue": {
      const stageId = readId(first ?? null);
      if (!stageId || third !== undefined) return null;
      return { report, stageId, ...readCurrency(second) };
    }
    case "wonLost": {
      if (!first || !MONTH.test(first) || (second !== "won" && second !== "lost")) return null;
      return { report, month: first, status: second, ...readCurrency(third) };
    }
    case "conversion": {
      const stageId = readId(first ?? null);
      const measure = CONVERSION_MEASURES.find((each) => each === second);
      if (!stageId || !measure || third !== undefined) return null;
      return { report, stageId, measure };
    }
    case "activities": {
      const responsibleId = first === ALL ? undefined : readId(first ?? null);
      const kind = second === ALL ? undefined : ACTIVITY_KINDS.find((each) => each === second);
      if ((first !== ALL && !responsibleId) || (second !== ALL && !kind) || third !== undefined)
        return null;
      if (!responsibleId && !kind) return null;
      return {
        report,
        ...(responsibleId ? { responsibleId } : {}),
        ...(kind ? { kind } : {}),
      };
    }
    default:
      return null;
  }
}
