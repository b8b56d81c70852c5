"use client";

import { useCallback, useState, type KeyboardEvent } from "react";

export type TRovingItem = {
  tabIndex: number;
  "data-roving": number;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
};

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);

/**
 * One tab stop per chart: Tab reaches the chart once, the arrow keys (and Home/End) walk its
 * bars in reading order, and Tab leaves it. A chart of twenty bars is then not twenty stops
 * between the filters and the next chart.
 */
export function useRovingFocus(count: number): (index: number) => TRovingItem {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));

  return useCallback(
    (index: number) => ({
      tabIndex: index === current ? 0 : -1,
      "data-roving": index,
      onFocus: () => setActive(index),
      onKeyDown: (event) => {
        let target: number | null = null;
        if (NEXT.has(event.key)) target = Math.min(index + 1, count - 1);
        else if (PREVIOUS.has(event.key)) target = Math.max(index - 1, 0);
        else if (event.key === "Home") target = 0;
        else if (event.key === "End") target = count - 1;
        if (target === null) return;
        event.preventDefault();
        setActive(target);
        // The bars are numbered in the chart's own SVG; found there, no refs to keep.
        event.currentTarget.ownerSVGElement
          ?.querySelector<SVGGElement>(`[data-roving="${target}"]`)
          ?.focus();
      },
    }),
    [count, current],
  );
}
