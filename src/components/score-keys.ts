import type { KeyboardEvent } from 'react';
import type { Score } from '../domain/score';

const CLEAR_KEYS = new Set(['Delete', 'Backspace']);

/**
 * The score a key picks in a radio group of scores: a digit of the scale, or null (cleared) for
 * Delete and Backspace; undefined for any other key, or with Ctrl, Alt or Cmd held (those belong
 * to the browser and to undo).
 */
export function scoreForKey(event: KeyboardEvent, scale: readonly { value: Score }[]): Score | null | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const step = scale.find((candidate) => String(candidate.value) === event.key);
  if (step) return step.value;
  return CLEAR_KEYS.has(event.key) ? null : undefined;
}

/** What `aria-keyshortcuts` says such a group answers to: "0 1 2 Delete". */
export function scoreKeyShortcuts(scale: readonly { value: Score }[]): string {
  return [...scale.map((step) => String(step.value)), 'Delete'].join(' ');
}
