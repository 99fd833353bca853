import type { Language } from '../localize';
import { attributes, escapeXml } from './svg-text';
import { wrapWords } from './wrap-words';

/**
 * Exported figures as standalone SVG documents: a title, lines under it, a legend, the chart as
 * drawn on screen, and a footer naming the criteria and the date. Everything a viewer needs is in
 * the file (presentation attributes, no CSS, no links), so it looks the same in a word processor,
 * a slide or a browser, and the same text turns into the PNG.
 */

// The app's own font stack; the Liberation and DejaVu names are what Linux offers for Arial.
const SHEET_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const TEXT = '#1b1b1b';
const MUTED = '#4a4a4a';
const PADDING = 24;
// Wide enough for the longest level labels in the legend at 14 px.
const MIN_CONTENT_WIDTH = 560;
// A generous average glyph width as a share of the font size, so estimated lines never overflow.
const GLYPH_WIDTH = { regular: 0.55, bold: 0.6 };

/** A drawing as an SVG element (`<svg …>…</svg>`) and the size it occupies. */
type Drawing = { markup: string; width: number; height: number };

export type LegendEntry =
  | { mark: 'box'; label: string; colour: string }
  | { mark: 'line'; label: string; colour: string; dash?: string | undefined; lineWidth?: number; roundCaps?: boolean };

/** A laid-out sheet: its size and its content, ready to be a document or part of a bigger sheet. */
export type Sheet = { width: number; height: number; body: string };

export type FigureSheetInput = {
  title: string;
  /** Lines under the title, such as "21 av 21 bedömda". */
  lines: readonly string[];
  legend: readonly LegendEntry[];
  /** The chart; null when there is nothing to draw, and then `emptyText` stands in its place. */
  drawing: Drawing | null;
  emptyText: string;
  /** Lines at the foot, such as the criteria version and the date; empty inside a bigger sheet. */
  footer: readonly string[];
};

type TextStyle = { size: number; weight: 400 | 700; colour: string; lineHeight: number };
const TITLE: TextStyle = { size: 20, weight: 700, colour: TEXT, lineHeight: 26 };
const LINE: TextStyle = { size: 15, weight: 400, colour: TEXT, lineHeight: 21 };
const LEGEND: TextStyle = { size: 14, weight: 400, colour: TEXT, lineHeight: 22 };
const FOOTER: TextStyle = { size: 12, weight: 400, colour: MUTED, lineHeight: 17 };
const SWATCH = 14;

export function figureSheet(input: FigureSheetInput): Sheet {
  const contentWidth = Math.max(MIN_CONTENT_WIDTH, input.drawing?.width ?? 0);
  const width = contentWidth + 2 * PADDING;
  const parts: string[] = [];
  let y = PADDING;

  y = writeLines(parts, input.title, TITLE, y, contentWidth);
  for (const line of input.lines) y = writeLines(parts, line, LINE, y, contentWidth);
  y += 6;
  for (const entry of input.legend) y = writeLegendEntry(parts, entry, y, contentWidth);
  y += 8;
  if (input.drawing) {
    parts.push(`<g transform="translate(${PADDING},${y})">${input.drawing.markup}</g>`);
    y += input.drawing.height;
  } else {
    y = writeLines(parts, input.emptyText, LINE, y, contentWidth);
  }
  y = writeFooter(parts, input.footer, y, contentWidth, width);
  return { width, height: Math.ceil(y + PADDING), body: parts.join('') };
}

export type CombinedSheetInput = {
  title: string;
  sheets: readonly Sheet[];
  columns: number;
  footer: readonly string[];
};

/** Several sheets in a grid under one title, as the report's "Sammanfattande bedömning". */
export function combinedSheet(input: CombinedSheetInput): Sheet {
  const cellWidth = Math.max(0, ...input.sheets.map((sheet) => sheet.width));
  const columns = Math.max(1, Math.min(input.columns, input.sheets.length));
  const width = columns * cellWidth;
  const contentWidth = width - 2 * PADDING;
  const parts: string[] = [];
  let y = writeLines(parts, input.title, { ...TITLE, size: 24, lineHeight: 30 }, PADDING, contentWidth);
  for (let start = 0; start < input.sheets.length; start += columns) {
    const row = input.sheets.slice(start, start + columns);
    row.forEach((sheet, column) => {
      parts.push(`<g transform="translate(${column * cellWidth},${y})">${sheet.body}</g>`);
    });
    y += Math.max(...row.map((sheet) => sheet.height));
  }
  y = writeFooter(parts, input.footer, y - PADDING, contentWidth, width);
  return { width, height: Math.ceil(y + PADDING), body: parts.join('') };
}

/** What a sheet is called and what it shows, in words, for assistive technology and search. */
export type SheetLabel = { title: string; description: string; lang: Language };

/** The sheet as a complete SVG file on a white background, named and described in words. */
export function svgDocument(sheet: Sheet, { title, description, lang }: SheetLabel): string {
  const root = attributes({
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width: sheet.width,
    height: sheet.height,
    viewBox: `0 0 ${sheet.width} ${sheet.height}`,
    'xml:lang': lang,
    role: 'img',
    'font-family': SHEET_FONT,
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg${root}><title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
    `<rect width="${sheet.width}" height="${sheet.height}" fill="#ffffff"/>${sheet.body}</svg>\n`
  );
}

function writeLines(parts: string[], text: string, style: TextStyle, top: number, width: number): number {
  const perLine = Math.max(10, Math.floor(width / (style.size * GLYPH_WIDTH[style.weight === 700 ? 'bold' : 'regular'])));
  let y = top;
  for (const line of wrapWords(text, perLine)) {
    y += style.lineHeight;
    parts.push(textElement(line, PADDING, y - (style.lineHeight - style.size) / 2, style));
  }
  return y;
}

function writeLegendEntry(parts: string[], entry: LegendEntry, top: number, width: number): number {
  const middle = top + LEGEND.lineHeight / 2;
  if (entry.mark === 'box') {
    const swatch = { x: PADDING, y: middle - SWATCH / 2, width: SWATCH, height: SWATCH, fill: entry.colour };
    parts.push(`<rect${attributes(swatch)}/>`);
  } else {
    const line = {
      x1: PADDING,
      x2: PADDING + 28,
      y1: middle,
      y2: middle,
      stroke: entry.colour,
      'stroke-width': entry.lineWidth ?? 2,
      'stroke-dasharray': entry.dash,
      'stroke-linecap': entry.roundCaps ? 'round' : undefined,
    };
    parts.push(`<line${attributes(line)}/>`);
  }
  const indent = entry.mark === 'box' ? SWATCH + 8 : 36;
  const perLine = Math.max(10, Math.floor((width - indent) / (LEGEND.size * GLYPH_WIDTH.regular)));
  let y = top;
  for (const line of wrapWords(entry.label, perLine)) {
    y += LEGEND.lineHeight;
    parts.push(textElement(line, PADDING + indent, y - (LEGEND.lineHeight - LEGEND.size) / 2 - 1, LEGEND));
  }
  return y;
}

function writeFooter(parts: string[], lines: readonly string[], top: number, contentWidth: number, width: number): number {
  if (lines.length === 0) return top;
  const rule = top + 12;
  parts.push(`<line${attributes({ x1: PADDING, x2: width - PADDING, y1: rule, y2: rule, stroke: '#c8c8c8', 'stroke-width': 1 })}/>`);
  let y = rule + 4;
  for (const line of lines) y = writeLines(parts, line, FOOTER, y, contentWidth);
  return y;
}

function textElement(text: string, x: number, y: number, style: TextStyle): string {
  const values = { x, y, fill: style.colour, 'font-size': style.size, 'font-weight': style.weight === 700 ? 700 : undefined };
  return `<text${attributes(values)}>${escapeXml(text)}</text>`;
}
