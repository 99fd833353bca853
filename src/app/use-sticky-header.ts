import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps the header's last row, the one with "Ångra", "Gör om" and "Sparat", in view while the page
 * scrolls. The header is sticky with a negative top, so the rows above that one scroll away; on a
 * wide screen there is one row and the whole header stays. Writes two custom properties on the
 * document: `--header-stick` (that top) and `--header-visible` (the height left in view), which
 * a page's own sticky bar and the scroll padding use to sit below it.
 */
export function useStickyHeader(header: RefObject<HTMLElement | null>, lastRowSelector: string): void {
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => {
      const lastRow = element.querySelector<HTMLElement>(lastRowSelector);
      const paddingTop = parseFloat(getComputedStyle(element).paddingTop) || 0;
      const hidden = lastRow ? Math.max(0, Math.round(lastRow.offsetTop - paddingTop)) : 0;
      root.style.setProperty('--header-stick', `${-hidden}px`);
      root.style.setProperty('--header-visible', `${element.offsetHeight - hidden}px`);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The rows change with the width, the language and the zoom; each changes the header's size.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [header, lastRowSelector]);
}
