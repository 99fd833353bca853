/**
 * Bar fills by level, weakest first. Each is dark enough for 3:1 against white and differs in
 * lightness from its neighbours; the level is always also written as text.
 */
export const LEVEL_COLOURS: readonly string[] = ['#a34a00', '#6b5b95', '#1d5f7a'];

export function levelColour(level: number): string {
  return LEVEL_COLOURS[level] ?? '#4a4a4a';
}
