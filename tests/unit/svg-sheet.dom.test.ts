import { describe, expect, test } from 'vitest';
import { combinedSheet, figureSheet, svgDocument, type FigureSheetInput } from '../../src/domain/export/svg-sheet';

const DRAWING = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="300"><text x="10" y="20">Skåne</text><text x="40" y="20">7</text></svg>',
  width: 720,
  height: 300,
};

const FIGURE: FigureSheetInput = {
  title: 'Figur 3. Geografi och täckning',
  lines: ['3 av 21 bedömda'],
  legend: [
    { mark: 'box', label: 'Outvecklat stöd', colour: '#6a93bd' },
    { mark: 'box', label: 'Bitvis välutvecklat stöd', colour: '#2d6a9f' },
    { mark: 'box', label: 'Välutvecklat stöd', colour: '#0b3f55' },
  ],
  drawing: DRAWING,
  emptyText: 'Inget län är bedömt.',
  footer: ['Kriterier: bilaga1-2016 · 2026-11-22'],
};

function parse(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = document.querySelector('parsererror');
  if (error) throw new Error(`the SVG does not parse: ${error.textContent ?? ''}`);
  return document;
}

function texts(document: Document): string[] {
  return [...document.querySelectorAll('text')].map((node) => node.textContent ?? '');
}

describe('one figure as an SVG document', () => {
  const document = parse(svgDocument(figureSheet(FIGURE), { title: FIGURE.title, description: 'Outvecklat stöd: 1 län; Välutvecklat stöd: 2 län.', lang: 'sv' }));

  test('parses as SVG named and described for assistive technology, in its language', () => {
    expect(document.documentElement.localName).toBe('svg');
    expect(document.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(document.querySelector('title')?.textContent).toBe('Figur 3. Geografi och täckning');
    expect(document.querySelector('desc')?.textContent).toBe('Outvecklat stöd: 1 län; Välutvecklat stöd: 2 län.');
    expect(document.documentElement.getAttribute('xml:lang')).toBe('sv');
  });

  test('shows the title, the coverage, every level label with its colour and the footer as text', () => {
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        'Figur 3. Geografi och täckning',
        '3 av 21 bedömda',
        'Outvecklat stöd',
        'Bitvis välutvecklat stöd',
        'Välutvecklat stöd',
        'Kriterier: bilaga1-2016 · 2026-11-22',
      ]),
    );
    const swatches = [...document.querySelectorAll('rect[fill]')].map((rect) => rect.getAttribute('fill'));
    expect(swatches).toEqual(['#ffffff', '#6a93bd', '#2d6a9f', '#0b3f55']);
  });

  test('keeps the drawing whole, with its county names and counts, below the legend', () => {
    const nested = document.querySelector('g > svg');
    expect(nested?.querySelectorAll('text')).toHaveLength(2);
    expect(texts(document)).toEqual(expect.arrayContaining(['Skåne', '7']));
    const legendBottom = Math.max(...[...document.querySelectorAll('rect[fill]')].slice(1).map((rect) => Number(rect.getAttribute('y'))));
    const drawingTop = Number(/translate\(\d+,(\d+)\)/.exec(nested?.parentElement?.getAttribute('transform') ?? '')?.[1]);
    expect(drawingTop).toBeGreaterThan(legendBottom);
  });

  test('is as wide as the drawing plus margins, with a white background over all of it', () => {
    const sheet = figureSheet(FIGURE);
    expect(sheet.width).toBe(720 + 48);
    expect(sheet.height).toBeGreaterThan(300);
    const background = document.querySelector('svg > rect');
    expect([background?.getAttribute('width'), background?.getAttribute('height')]).toEqual([String(sheet.width), String(sheet.height)]);
    expect(document.documentElement.getAttribute('viewBox')).toBe(`0 0 ${sheet.width} ${sheet.height}`);
  });

  test('relies on no stylesheet, class or outside resource', () => {
    expect(document.querySelectorAll('style, [class], [style], image, use, a, script, foreignObject')).toHaveLength(0);
    expect(document.documentElement.getAttribute('font-family')).toContain('sans-serif');
  });
});

test.each([
  ['<', 'Län & <regioner> "citat" \'apostrof\''],
  ['&', 'A & B'],
])('text holding %s is escaped so the document still parses', (_, text) => {
  const document = parse(svgDocument(figureSheet({ ...FIGURE, title: text, lines: [text] }), { title: text, description: text, lang: 'sv' }));
  expect(document.querySelector('title')?.textContent).toBe(text);
  expect(texts(document)[0]).toBe(text);
});

test('a figure without a drawing says why in its place', () => {
  const document = parse(svgDocument(figureSheet({ ...FIGURE, drawing: null }), { title: FIGURE.title, description: '', lang: 'sv' }));
  expect(texts(document)).toContain('Inget län är bedömt.');
  expect(document.querySelector('g > svg')).toBeNull();
});

test('a long title wraps onto more lines instead of running off the sheet', () => {
  const title = 'Figur 2. Aktörer med länsövergripande utvecklingsansvar och ett mycket långt tillägg som inte får plats';
  const document = parse(svgDocument(figureSheet({ ...FIGURE, title }), { title, description: '', lang: 'sv' }));
  const lines = texts(document).slice(0, 3);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toContain(title.slice(0, 40));
  for (const line of lines) expect(line.length * 20 * 0.6).toBeLessThanOrEqual(720);
});

test('a footer note longer than a line wraps inside the sheet, under the drawing and above the criteria line', () => {
  const note = 'Indelningen i figuren ger en grov lägesbeskrivning och ska inte användas som underlag för ranking och exakta jämförelser mellan länen.';
  const sheet = figureSheet({ ...FIGURE, footer: [note, ...FIGURE.footer] });
  const document = parse(svgDocument(sheet, { title: FIGURE.title, description: '', lang: 'sv' }));
  const nodes = [...document.querySelectorAll('svg > text')];
  const criteria = nodes.findIndex((node) => node.textContent === FIGURE.footer[0]);
  const noteLines = nodes.slice(criteria - 2, criteria);
  expect(noteLines.map((node) => node.textContent).join(' ')).toBe(note);
  const drawingTop = Number(/translate\(\d+,(\d+)\)/.exec(document.querySelector('svg > g')?.getAttribute('transform') ?? '')?.[1]);
  for (const line of noteLines) {
    expect(Number(line.getAttribute('y'))).toBeGreaterThan(drawingTop + DRAWING.height);
    expect((line.textContent ?? '').length * 12 * 0.55).toBeLessThanOrEqual(DRAWING.width);
  }
  // Two footer lines of 17 px more than the same figure without the note.
  expect(sheet.height).toBe(figureSheet(FIGURE).height + 2 * 17);
});

test('a line legend entry draws its line with the series dash pattern', () => {
  const sheet = figureSheet({ ...FIGURE, legend: [{ mark: 'line', label: 'Median, alla län', colour: '#1b1b1b', dash: '1 5', lineWidth: 3.5 }] });
  const line = parse(svgDocument(sheet, { title: 'x', description: '', lang: 'sv' })).querySelector('line');
  expect([line?.getAttribute('stroke'), line?.getAttribute('stroke-dasharray'), line?.getAttribute('stroke-width')]).toEqual(['#1b1b1b', '1 5', '3.5']);
});

describe('six figures on one sheet', () => {
  const figures = [1, 2, 3, 4, 5, 6].map((n) => figureSheet({ ...FIGURE, title: `Figur ${n}. Område ${n}`, footer: [] }));
  const sheet = combinedSheet({ title: 'Sammanfattande bedömning av existerande strukturer', sheets: figures, columns: 2, footer: ['2026-11-22'] });
  const document = parse(svgDocument(sheet, { title: 'Sammanfattande bedömning av existerande strukturer', description: '', lang: 'sv' }));

  test('has the sheet title, all six figure titles and the footer once', () => {
    const all = texts(document);
    expect(all[0]).toBe('Sammanfattande bedömning av existerande strukturer');
    for (let n = 1; n <= 6; n += 1) expect(all).toContain(`Figur ${n}. Område ${n}`);
    expect(all.filter((text) => text === '2026-11-22')).toHaveLength(1);
    expect(all.filter((text) => text.startsWith('Kriterier'))).toHaveLength(0);
  });

  test('places them two by three, each cell as wide as a figure', () => {
    expect(sheet.width).toBe(2 * figures[0]!.width);
    const offsets = [...document.querySelectorAll('svg > g')].map((group) => group.getAttribute('transform'));
    expect(offsets).toHaveLength(6);
    const xs = offsets.map((offset) => Number(/translate\((\d+),/.exec(offset ?? '')?.[1]));
    expect(xs).toEqual([0, figures[0]!.width, 0, figures[0]!.width, 0, figures[0]!.width]);
    expect(sheet.height).toBeGreaterThan(3 * figures[0]!.height);
  });
});
