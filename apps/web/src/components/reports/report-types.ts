import type { RouterOutputs } from "@charter/api";

import type { TReportFigure } from "./report-figure";

export type TPipelineValue = RouterOutputs["reports"]["pipelineValue"];
export type TPipelineStageRow = TPipelineValue["stages"][number];
export type TWonLost = RouterOutputs["reports"]["wonLost"];
export type TWonLostMonth = TWonLost["months"][number];
export type TActivitiesReport = RouterOutputs["reports"]["activities"];
export type TConversion = RouterOutputs["reports"]["conversion"];
export type TDealBehind = RouterOutputs["reports"]["dealsBehind"]["items"][number];
export type TActivityBehind = RouterOutputs["reports"]["activitiesBehind"]["items"][number];

/** What a chart calls when a reader opens one of its figures. */
export type TOpenFigure = (figure: TReportFigure) => void;
