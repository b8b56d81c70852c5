/**
 * A value axis from zero: a "nice" top (1, 2, 2.5 or 5 × a power of ten) and evenly spaced
 * ticks, so gridlines fall on round figures a reader can say out loud.
 */
export function niceScale(max: number, targetTicks = 4): { top: number; ticks: number[] } {
  if (!Number.isFinite(max) || max <= 0) return { top: 1, ticks: [0, 1] };
  const rough = max / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ??
    10 * power;
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, index) => roundTo(index * step, step));
  return { top: roundTo(count * step, step), ticks };
}

/** Whole-number ticks for counts: never "2.5 deals". */
export function countScale(max: number, targetTicks = 4): { top: number; ticks: number[] } {
  const scale = niceScale(Math.max(max, 1), targetTicks);
  if (scale.ticks.every(Number.isInteger)) return scale;
  const step = Math.ceil(scale.ticks[1] ?? 1);
  const count = Math.ceil(Math.max(max, 1) / step);
  return {
    top: count * step,
    ticks: Array.from({ length: count + 1 }, (_, index) => index * step),
  };
}

// 0.1 + 0.2 must read 0.3 on an axis.
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(decimals));
}

/** A length along an axis of `size` pixels for `value` on a scale topped at `top`. */
export function scaleLength(value: number, top: number, size: number): number {
  if (top <= 0 || value <= 0) return 0;
  return (Math.min(value, top) / top) * size;
}

/** An amount as the API sends it (a decimal string, or null when hidden) as a length's input. */
export function amountValue(amount: string | null | undefined): number {
  const value = amount ? Number(amount) : 0;
  return Number.isFinite(value) ? value : 0;
}
