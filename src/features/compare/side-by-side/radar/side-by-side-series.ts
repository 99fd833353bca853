import type { SymbolType } from 'recharts';

/** How one line of the radar is drawn: colour, dash pattern and point symbol all differ. */
export type SeriesStyle = { colour: string; dash: string | undefined; symbol: SymbolType; width: number };

/**
 * The chosen counties' lines, in the order chosen. Each colour has at least 3:1 contrast against
 * the white background, and each line has its own dash pattern and point symbol, so the lines can
 * be told apart without colour (and in greyscale print).
 */
const COUNTY_SERIES: readonly SeriesStyle[] = [
  { colour: '#0b5a7a', dash: undefined, symbol: 'circle', width: 2.5 },
  { colour: '#b34700', dash: '10 5', symbol: 'square', width: 2.5 },
  { colour: '#6b3fa0', dash: '3 3', symbol: 'triangle', width: 2.5 },
  { colour: '#2e7d32', dash: '12 4 3 4', symbol: 'diamond', width: 2.5 },
];

/** The national median: black, dotted and thicker, with a star at each point. */
export const MEDIAN_SERIES: SeriesStyle = { colour: '#1b1b1b', dash: '1 5', symbol: 'star', width: 3.5 };

export function countySeries(index: number): SeriesStyle {
  return COUNTY_SERIES[index % COUNTY_SERIES.length] ?? MEDIAN_SERIES;
}
