import { exportFileName } from '../../domain/export/file-name';
import { combinedSheet, figureSheet, svgDocument, type LegendEntry, type Sheet } from '../../domain/export/svg-sheet';
import type { Language } from '../../domain/localize';
import { downloadBlob, downloadText, isoDate } from '../../lib/download';
import { snapshotSvg } from '../../lib/svg-snapshot';
import { svgToPng } from '../../lib/svg-to-png';

/**
 * Turns charts on the page into SVG or PNG files. Loaded only when someone asks for a download,
 * so the figures page does not carry it.
 */

export type ExportKind = 'svg' | 'png';

/** One chart with the texts that make it readable on its own. */
export type SheetPart = {
  title: string;
  /** The chart in words: every level or line with its values. */
  description: string;
  lines: string[];
  legend: LegendEntry[];
  emptyText: string;
  svg: SVGSVGElement | null;
};

/** One chart alone, or several on one sheet under `title`. */
export type SheetRequest = {
  kind: ExportKind;
  title: string;
  parts: SheetPart[];
  /** Lines at the foot; a `{date}` in them becomes the date of the download. */
  footer: (date: string) => string[];
  lang: Language;
  columns?: number;
};

export async function downloadSheet(request: SheetRequest, now = new Date()): Promise<void> {
  const date = isoDate(now);
  const footer = request.footer(date);
  const single = request.parts.length === 1 ? request.parts[0] : undefined;
  const sheet: Sheet = single
    ? sheetOf(single, footer)
    : combinedSheet({
        title: request.title,
        sheets: request.parts.map((part) => sheetOf(part, [])),
        columns: request.columns ?? 2,
        footer,
      });
  const description = request.parts.map((part) => (single ? part.description : `${part.title}: ${part.description}`)).join('\n');
  const document = svgDocument(sheet, { title: request.title, description, lang: request.lang });
  const fileName = exportFileName(request.title, date, request.kind);
  if (request.kind === 'svg') downloadText(fileName, document, 'image/svg+xml');
  else downloadBlob(fileName, await svgToPng(document, sheet.width, sheet.height));
}

function sheetOf(part: SheetPart, footer: string[]): Sheet {
  const drawing = part.svg ? snapshotSvg(part.svg) : null;
  return figureSheet({ ...part, drawing, footer });
}
