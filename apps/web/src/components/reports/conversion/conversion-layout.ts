import type { TConversionMeasure } from "../report-figure";
import type { TConversion } from "../report-types";

export const CONVERSION_ROW = 46;
const HEADER = 24;
const GROUP_HEADER = 26;

export type TPipelineFunnel = TConversion["pipelines"][number];
export type TFunnelStage = TPipelineFunnel["stages"][number];

export type TConversionLayout = {
  pipelines: {
    pipeline: TPipelineFunnel;
    headerY: number | null;
    /** The widest band: the stage most deals entered. */
    max: number;
    rows: { row: TFunnelStage; y: number }[];
  }[];
  /** Every figure that can be opened, in reading order (the arrow keys' order). */
  cells: { row: TFunnelStage; measure: TConversionMeasure }[];
  bottom: number;
};

/** Column headings on top, then each pipeline's stages, headed by its name when several. */
export function layoutConversion(pipelines: readonly TPipelineFunnel[]): TConversionLayout {
  const showGroups = pipelines.length > 1;
  let y = HEADER;
  const laid = pipelines.map((pipeline) => {
    const headerY = showGroups ? y : null;
    if (showGroups) y += GROUP_HEADER;
    const rows = pipeline.stages.map((row) => {
      const laidRow = { row, y };
      y += CONVERSION_ROW;
      return laidRow;
    });
    return {
      pipeline,
      headerY,
      max: Math.max(...pipeline.stages.map((row) => row.entered), 1),
      rows,
    };
  });
  const cells = pipelines.flatMap((pipeline) =>
    pipeline.stages.flatMap((row) =>
      (["entered", "advanced", "won"] as const)
        .filter((measure) => row[measure] > 0)
        .map((measure) => ({ row, measure })),
    ),
  );
  return { pipelines: laid, cells, bottom: y };
}
