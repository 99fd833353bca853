import { useEffect, type RefObject } from 'react';

/**
 * When the keyboard moves the focus into a statement whose text is under the sticky header and
 * bar (as Shift+Tab does, going up), the whole statement is scrolled into view below them: the
 * browser itself only makes room for the focused radio, not for the question above it.
 */
export function useStatementInView(page: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (!target?.matches(':focus-visible')) return;
      const statement = target.closest<HTMLElement>('[data-statement]');
      const bar = element.querySelector<HTMLElement>('.scoring-bar');
      if (!statement || !bar) return;
      const covered = bar.getBoundingClientRect().bottom;
      if (statement.getBoundingClientRect().top < covered) statement.scrollIntoView({ block: 'start' });
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, [page]);
}
