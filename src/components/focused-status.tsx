import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The outcome of a step whose button is gone or disabled once it is done (a deletion, "Ta över"):
 * focus moves here, so keyboard and screen-reader users go on from the outcome, not from the top.
 */
export function FocusedStatus({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} role="status" className={className} tabIndex={-1}>
      {children}
    </p>
  );
}
