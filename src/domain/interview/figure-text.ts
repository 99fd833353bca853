import type { Language } from '../localize';

// Digits with at most one decimal separator, a comma (Swedish) or a point; an optional minus.
const FIGURE = /^-?\d+(?:[.,]\d+)?$/;
// Spaces a person or a spreadsheet puts between thousands: "1 234", with a normal or a no-break space.
const GROUPING = /[\s\u00a0\u202f]/g;

/**
 * A figure as a person types it: "12,5" and "12.5" are the same, "1 234" is a thousand and
 * more. Blank is null (no figure); anything else that is not a number is 'invalid'.
 */
export function readFigure(text: string): number | null | 'invalid' {
  const compact = text.trim().replace(GROUPING, '').replace('\u2212', '-');
  if (compact === '') return null;
  if (!FIGURE.test(compact)) return 'invalid';
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : 'invalid';
}

export type DecimalSeparator = ',' | '.';

/** Swedish writes decimals with a comma, English with a point. */
export const decimalSeparatorOf = (lang: Language): DecimalSeparator => (lang === 'sv' ? ',' : '.');

/** A figure with the given decimal separator and no grouping, so that it reads back as typed: "12,5". */
export function figureText(value: number, decimal: DecimalSeparator): string {
  return String(value).replace('.', decimal);
}
