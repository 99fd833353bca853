/**
 * Bar fills by level, weakest first: one hue stepping from light to dark, so the levels read as
 * an ordered scale, in greyscale too, and each has at least 3:1 contrast against the white
 * background. (Three fills cannot also have 3:1 against each other and the background, so bars
 * never touch and each is labelled in text.) The level badges use lighter fills of the same hue.
 */
export const LEVEL_COLOURS: readonly string[] = ['#6a93bd', '#2d6a9f', '#0b3f55'];

export function levelColour(level: number): string {
  return LEVEL_COLOURS[level] ?? '#4a4a4a';
}

/**
 * The fills of two rounds set side by side, earlier first: grey and the darkest level blue, each
 * with at least 3:1 contrast against the white background and far apart in greyscale. Each bar
 * also carries its round's name in text, so the colour is never the only sign of the round.
 */
export const ROUND_COLOURS = ['#767676', '#0b3f55'] as const;
