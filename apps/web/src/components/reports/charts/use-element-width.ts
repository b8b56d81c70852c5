"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * The width an element is given by the layout, kept current as the window resizes: charts
 * draw in real pixels, so text keeps its size instead of scaling with a viewBox.
 * Returns a callback ref, since a chart's box appears only once its data has loaded.
 */
export function useElementWidth<T extends Element>(): [(node: T | null) => void, number | null] {
  const [node, setNode] = useState<T | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((next: T | null) => setNode(next), []);

  useEffect(() => {
    if (!node) return;
    // The observer reports the first size as soon as it starts observing.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);

  return [ref, width];
}
