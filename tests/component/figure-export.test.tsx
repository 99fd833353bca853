import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import type { Score } from '../../src/domain/score';
import FiguresPage from '../../src/features/figures/figures-page';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();
const all = (value: Score) => allScored(instrument, value);
/** Jönköping strongest everywhere, Kronoberg in the middle, Kalmar weakest. */
const THREE_COUNTIES = { assessments: { '06': all(2), '07': all(1), '08': all(0) } };

/** Catches what the app hands to the browser as a download: the file name and the file. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

async function svgOf(file: { blob: Blob }): Promise<Document> {
  const document = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

const textsOf = (document: Document) => [...document.querySelectorAll('text, tspan')].map((node) => node.textContent?.trim() ?? '');

afterEach(() => vi.restoreAllMocks());

test('Figur 3 downloads as an SVG holding its title, legend, counts, county names, coverage and criteria', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 22, 9, 30) });
  const files = captureDownloads();
  renderWithServices(<FiguresPage />, THREE_COUNTIES);
  const figure = screen.getByRole('region', { name: 'Figur 3. Geografi och täckning' });

  await userEvent.click(within(figure).getByRole('button', { name: 'Ladda ner SVG av Figur 3' }));
  await waitFor(() => expect(files).toHaveLength(1));
  vi.useRealTimers();

  expect(files[0]?.name).toBe('figur-3-geografi-och-tackning-2026-11-22.svg');
  expect(files[0]?.blob.type).toBe('image/svg+xml;charset=utf-8');
  const document = await svgOf(files[0]!);
  const texts = textsOf(document);
  expect(texts).toEqual(
    expect.arrayContaining([
      'Figur 3. Geografi och täckning',
      'Outvecklat stöd',
      'Bitvis välutvecklat stöd',
      'Välutvecklat stöd',
      'Kalmar',
      'Kronoberg',
      'Jönköping',
      'Kriterier: bilaga1-2016 · 2026-11-22 · Länsinventering psykisk hälsa',
    ]),
  );
  expect(texts.join(' ')).toContain(
    '3 av 21 bedömda (ej bedömda: Stockholm, Uppsala, Södermanland, Östergötland, Gotland, Blekinge, Skåne, Halland, ' +
      'Västra Götaland, Värmland, Örebro, Västmanland, Dalarna, Gävleborg, Västernorrland, Jämtland, Västerbotten, Norrbotten)',
  );
  // The count on each of the three bars, from the chart as drawn (the axis counts 0, 3, 6, …).
  const chart = document.querySelector('g > svg');
  expect([...(chart?.querySelectorAll('text') ?? [])].map((node) => node.textContent).filter((text) => text === '1')).toHaveLength(3);
  expect(document.querySelectorAll('[class], [style], style')).toHaveLength(0);
  expect(document.querySelector('desc')?.textContent).toBe(
    'Outvecklat stöd: 1 län; Bitvis välutvecklat stöd: 1 län; Välutvecklat stöd: 1 län. 3 av 21 bedömda.',
  );
});

test('the bars keep their level colours as attributes, without the page stylesheet', async () => {
  const files = captureDownloads();
  renderWithServices(<FiguresPage />, THREE_COUNTIES);
  const figure = screen.getByRole('region', { name: 'Figur 3. Geografi och täckning' });
  await userEvent.click(within(figure).getByRole('button', { name: 'Ladda ner SVG av Figur 3' }));
  await waitFor(() => expect(files).toHaveLength(1));
  const fills = [...(await svgOf(files[0]!)).querySelectorAll('g > svg path[fill]')].map((path) => path.getAttribute('fill'));
  expect(fills).toEqual(expect.arrayContaining(['#6a93bd', '#2d6a9f', '#0b3f55']));
});

test('styles the page gives the chart through CSS travel with it as attributes', async () => {
  const files = captureDownloads();
  const style = document.createElement('style');
  style.textContent = '.figure-chart svg { font-family: Testfont, serif; } .figure-chart svg text { font-weight: 300; }';
  document.head.append(style);
  try {
    renderWithServices(<FiguresPage />, THREE_COUNTIES);
    const figure = screen.getByRole('region', { name: 'Figur 3. Geografi och täckning' });
    await userEvent.click(within(figure).getByRole('button', { name: 'Ladda ner SVG av Figur 3' }));
    await waitFor(() => expect(files).toHaveLength(1));
  } finally {
    style.remove();
  }
  const chart = (await svgOf(files[0]!)).querySelector('g > svg');
  expect(chart?.getAttribute('font-family')).toBe('Testfont, serif');
  const weights = new Set([...(chart?.querySelectorAll('text') ?? [])].map((text) => text.getAttribute('font-weight')));
  expect(weights).toEqual(new Set(['300']));
});

test('the sheet of all six figures holds every figure title once, and is named after the summary', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 22, 23, 59) });
  const files = captureDownloads();
  renderWithServices(<FiguresPage />, THREE_COUNTIES);
  await userEvent.click(screen.getByRole('button', { name: 'Ladda ner SVG av alla sex figurer' }));
  await waitFor(() => expect(files).toHaveLength(1));
  vi.useRealTimers();

  expect(files[0]?.name).toBe('sammanfattande-bedomning-av-existerande-strukturer-2026-11-22.svg');
  const texts = textsOf(await svgOf(files[0]!));
  expect(texts[0]).toBe('Sammanfattande bedömning av existerande strukturer');
  // Long titles wrap onto several lines of the sheet.
  const sheetText = texts.join(' ');
  for (const { area } of instrument.areas) {
    expect(sheetText.split(`Figur ${area.figure}. ${area.figureTitle.sv}`)).toHaveLength(2);
  }
});

test('in English the file and its words are English', async () => {
  const files = captureDownloads();
  renderWithServices(<FiguresPage />, THREE_COUNTIES, undefined, 'en');
  const figure = screen.getByRole('region', { name: 'Figure 3. Geography and coverage' });
  await userEvent.click(within(figure).getByRole('button', { name: 'Download SVG of Figure 3' }));
  await waitFor(() => expect(files).toHaveLength(1));
  expect(files[0]?.name).toMatch(/^figure-3-geography-and-coverage-\d{4}-\d{2}-\d{2}\.svg$/);
  const texts = textsOf(await svgOf(files[0]!));
  expect(texts).toEqual(expect.arrayContaining(['Figure 3. Geography and coverage', 'Undeveloped support']));
  expect(texts.some((text) => text.startsWith('Criteria: bilaga1-2016'))).toBe(true);
});

const CAVEAT = {
  sv: 'Indelningen i figuren ger en grov lägesbeskrivning och ska inte användas som underlag för ranking och exakta jämförelser mellan länen.',
  en: 'The grouping in the figure gives a rough picture of the situation and must not be used as a basis for ranking or exact comparisons between the counties.',
};

test.each([
  { lang: 'sv' as const, button: 'Ladda ner SVG av Figur 3', criteria: 'Kriterier:' },
  { lang: 'en' as const, button: 'Download SVG of Figure 3', criteria: 'Criteria:' },
])('an exported figure ($lang) carries the report’s caveat in its footer, above the criteria line', async ({ lang, button, criteria }) => {
  const files = captureDownloads();
  renderWithServices(<FiguresPage />, THREE_COUNTIES, undefined, lang);
  await userEvent.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(files).toHaveLength(1));
  // Wrapped onto lines of the footer, and followed by the line naming the criteria.
  expect(textsOf(await svgOf(files[0]!)).join(' ')).toContain(`${CAVEAT[lang]} ${criteria}`);
});

test('the sheet of all six figures carries the caveat once, in its footer', async () => {
  const files = captureDownloads();
  renderWithServices(<FiguresPage />, THREE_COUNTIES);
  await userEvent.click(screen.getByRole('button', { name: 'Ladda ner SVG av alla sex figurer' }));
  await waitFor(() => expect(files).toHaveLength(1));
  const sheetText = textsOf(await svgOf(files[0]!)).join(' ');
  expect(sheetText.split(CAVEAT.sv)).toHaveLength(2);
  expect(sheetText.indexOf(CAVEAT.sv)).toBeLessThan(sheetText.indexOf('Kriterier: bilaga1-2016'));
});

test('a figure with no rated county offers no download, and the sheet is not offered when nothing is rated', () => {
  renderWithServices(<FiguresPage />);
  expect(screen.queryByRole('button', { name: /^Ladda ner (SVG|PNG)/ })).toBeNull();
});
