import { scaleLength } from "./chart-scale";

type TAxisProps = {
  ticks: readonly number[];
  top: number;
  format: (value: number) => string;
  title: string;
};

/**
 * The value axis under a chart of horizontal bars: gridlines across the plot, the figures
 * below it and the axis' name under them. Drawn for the eye; the figures themselves are in
 * each bar's name and in the table.
 */
export function BottomValueAxis({
  ticks,
  top,
  format,
  title,
  plot,
}: TAxisProps & { plot: { x: number; y: number; width: number; height: number } }) {
  const bottom = plot.y + plot.height;
  return (
    <g aria-hidden="true" className="text-[11px]">
      {ticks.map((tick) => {
        const x = plot.x + scaleLength(tick, top, plot.width);
        return (
          <g key={tick}>
            <line
              x1={x}
              x2={x}
              y1={plot.y}
              y2={bottom}
              className={tick === 0 ? "stroke-slate-300" : "stroke-slate-200"}
              strokeDasharray={tick === 0 ? undefined : "3 3"}
            />
            <text x={x} y={bottom + 16} textAnchor="middle" className="fill-slate-500">
              {format(tick)}
            </text>
          </g>
        );
      })}
      <text
        x={plot.x + plot.width / 2}
        y={bottom + 34}
        textAnchor="middle"
        className="fill-slate-600 font-medium"
      >
        {title}
      </text>
    </g>
  );
}

/** The value axis beside a chart of vertical bars, with its name written up the side. */
export function LeftValueAxis({
  ticks,
  top,
  format,
  title,
  plot,
}: TAxisProps & { plot: { x: number; y: number; width: number; height: number } }) {
  const bottom = plot.y + plot.height;
  return (
    <g aria-hidden="true" className="text-[11px]">
      {ticks.map((tick) => {
        const y = bottom - scaleLength(tick, top, plot.height);
        return (
          <g key={tick}>
            <line
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={y}
              y2={y}
              className={tick === 0 ? "stroke-slate-300" : "stroke-slate-200"}
              strokeDasharray={tick === 0 ? undefined : "3 3"}
            />
            <text x={plot.x - 8} y={y + 4} textAnchor="end" className="fill-slate-500">
              {format(tick)}
            </text>
          </g>
        );
      })}
      <text
        transform={`translate(12 ${plot.y + plot.height / 2}) rotate(-90)`}
        textAnchor="middle"
        className="fill-slate-600 font-medium"
      >
        {title}
      </text>
    </g>
  );
}
