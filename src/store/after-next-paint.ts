/**
 * Runs `task` once the browser has drawn the next frame: a score click shows first, and the
 * IndexedDB write it starts (reading, checking and merging what is stored) comes after. Without
 * frames (tests, a hidden tab) it runs as soon as the current task is done.
 */
export function afterNextPaint(task: () => void): void {
  const later = () => setTimeout(task, 0);
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') {
    requestAnimationFrame(later);
  } else {
    later();
  }
}
