import { useEffect, useRef, type RefObject } from 'react';

/** The id of the statement that last had the focus on the page: where "Nästa utan poäng" starts. */
export function useLastStatement(page: RefObject<HTMLElement | null>): RefObject<string | undefined> {
  const last = useRef<string | undefined>(undefined);
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    const onFocus = (event: FocusEvent) => {
      const statement = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-statement]') : null;
      if (statement) last.current = statement.dataset.statement;
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, [page]);
  return last;
}
