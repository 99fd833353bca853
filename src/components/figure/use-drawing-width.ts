import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width to draw a chart at: its own design width while its container is at least that wide
 * (the chart then scales with CSS, as on a laptop, in print and in tests, where nothing is
 * measured), else the container's width, so that on a phone the chart is drawn for the phone and
 * its text keeps its size instead of being scaled down to half. Measured before the browser
 * paints, so the chart is never seen at the other size.
 */
export function useDrawingWidth(container: RefObject<HTMLElement | null>, designWidth: number, smallest = 200): number {
  const [width, setWidth] = useState(designWidth);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => {
      const available = Math.floor(element.clientWidth);
      setWidth(available <= 0 || available >= designWidth ? designWidth : Math.max(smallest, available));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, designWidth, smallest]);
  return width;
}
