import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { commonMessages } from '../i18n/messages/common';
import { useTranslation } from '../i18n/use-translation';
import './table-region.css';

/**
 * A wide table that scrolls by itself on a narrow screen, so the page does not (WCAG 1.4.10); the
 * region is named by the table's caption and takes focus so keyboard users can scroll it. When
 * the table is wider than the region, a line above it says so, and `pinFirstColumn` keeps the
 * row headers (a county, an area) in view while the other columns scroll past them.
 */
export function TableRegion({ captionId, pinFirstColumn = false, children }: { captionId: string; pinFirstColumn?: boolean; children: ReactNode }) {
  const { t } = useTranslation(commonMessages);
  const region = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  // Measured before the browser paints, so the line never pushes the page down after it is seen.
  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflowing && <p className="table-scroll__cue">{t('tableScroll.cue')}</p>}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div ref={region} className={pinFirstColumn ? 'table-scroll table-scroll--pinned' : 'table-scroll'} role="region" aria-labelledby={captionId} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
