import { useEffect, useState, type RefObject } from 'react';

/** Where on the screen an area counts as the one being read: a third of the way down. */
const READING_LINE = 0.35;

/**
 * The id of the area the user is at: the one whose section holds the focus, or else the last one
 * whose top has passed the reading line as the page scrolls. Sections carry `data-area`.
 */
export function useAreaInView(container: RefObject<HTMLElement | null>, firstAreaId: string): string {
  const [areaId, setAreaId] = useState(firstAreaId);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let frame = 0;
    const fromScroll = () => {
      frame = 0;
      const line = window.innerHeight * READING_LINE;
      let current = firstAreaId;
      for (const section of element.querySelectorAll<HTMLElement>('[data-area]')) {
        if (section.getBoundingClientRect().top <= line) current = section.dataset.area ?? current;
      }
      setAreaId(current);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(fromScroll);
    };
    const onFocus = (event: FocusEvent) => {
      const section = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-area]') : null;
      if (section?.dataset.area) setAreaId(section.dataset.area);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      element.removeEventListener('focusin', onFocus);
    };
  }, [container, firstAreaId]);
  return areaId;
}
