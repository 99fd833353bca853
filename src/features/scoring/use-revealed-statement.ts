import { useEffect, type RefObject } from 'react';
import { revealRequests, takeReveal } from '../../store/reveal-request';

/**
 * Brings the statement that "Ångra" or "Gör om" changed into view and marks it for a moment. When
 * the user was taken here from another page, the focus goes to what changed, too; on this page it
 * stays on "Ångra", so that the next undo is one more press away.
 */
export function useRevealedStatement(page: RefObject<HTMLElement | null>, countyCode: string): void {
  useEffect(() => {
    let frame = 0;
    const reveal = () => {
      const request = takeReveal(countyCode);
      if (!request) return;
      // After the change is drawn: an undone note may have folded its field into a button.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const statement = page.current?.querySelector<HTMLElement>(`[data-statement="${request.statement}"]`);
        if (!statement) return;
        statement.scrollIntoView({ block: 'center' });
        statement.classList.remove('statement--revealed');
        // Read the layout once so the mark's animation starts again when it was already running.
        void statement.offsetWidth;
        statement.classList.add('statement--revealed');
        if (!request.moveFocus) return;
        const target = request.field === 'note' ? 'textarea, .statement__add-note' : 'input:checked';
        statement.querySelector<HTMLElement>(target)?.focus({ preventScroll: true });
      });
    };
    reveal();
    const unsubscribe = revealRequests.subscribe(reveal);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [page, countyCode]);
}
