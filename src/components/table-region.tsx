import type { ReactNode } from 'react';

/**
 * A wide table that scrolls by itself on a narrow screen, so the page does not (WCAG 1.4.10); the
 * region is named by the table's caption and takes focus so keyboard users can scroll it.
 */
export function TableRegion({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
