import { useLayoutEffect, type RefObject } from 'react';

/**
 * Writes the sticky bar's height to `--page-bar-height` on the document, where the scroll padding
 * reads it, so that a focused statement is never scrolled under the bar. The height changes: on a
 * phone the bar takes two or three rows as the area's level name wraps.
 */
export function useBarHeight(bar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--page-bar-height', `${element.offsetHeight}px`);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--page-bar-height');
    };
  }, [bar]);
}
