/**
 * Bar fills by level, weakest first: each has at least 3:1 contrast against the white background,
 * and they step from light to dark so they differ in greyscale too. (Three fills cannot also have
 * 3:1 against each other and the background, so bars never touch and each is labelled in text.)
 */
export const LEVEL_COLOURS: readonly string[] = ['#d0661c', '#6b5b95', '#0b3f55'];

export function levelColour(level: number): string {
  return LEVEL_COLOURS[level] ?? '#4a4a4a';
}
