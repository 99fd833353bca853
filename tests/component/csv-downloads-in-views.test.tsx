import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import HeatmapPage from '../../src/features/compare/heatmap/heatmap-page';
import OverviewPage from '../../src/features/compare/overview/overview-page';
import SideBySidePage from '../../src/features/compare/side-by-side/side-by-side-page';
import DataPage from '../../src/features/data/data-page';
import type * as Download from '../../src/lib/download';
import { downloadText } from '../../src/lib/download';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

vi.mock('../../src/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof Download>()),
  downloadText: vi.fn(),
}));

const instrument = loadInstrument();
/** Stockholm all 0, Uppsala all 1 but 1.1 = 2, Skåne all 2. */
const workspace: RoundScores = {
  assessments: {
    '01': allScored(instrument, 0),
    '03': allScored(instrument, 1, { '1.1': 2 }),
    '12': allScored(instrument, 2),
  },
};

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:15:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(downloadText).mockReset();
  window.location.hash = '';
});

const Overview = () => <OverviewPage params={useHashRoute().params} />;
const Heatmap = () => <HeatmapPage params={useHashRoute().params} />;
const SideBySide = () => <SideBySidePage params={useHashRoute().params} />;

function open(hash: string, page: ReactNode) {
  window.location.hash = hash;
  return renderWithServices(page, workspace);
}

/** Presses the button and gives back the file name and the lines of what was downloaded. */
async function download(name: string): Promise<{ fileName: string; lines: string[] }> {
  await userEvent.setup().click(screen.getByRole('button', { name }));
  const [fileName = '', text = ''] = vi.mocked(downloadText).mock.lastCall ?? [];
  return { fileName, lines: text.replace(/^\uFEFF/, '').split('\r\n').slice(0, -1) };
}

/** Every button's name (its aria-label, or else its text) differs from every other's. */
function expectUniqueButtonNames() {
  const names = screen.getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent);
  expect(new Set(names).size).toBe(names.length);
}

test.each([
  ['Ladda ner poängen (CSV)', 'lansinventering-poang-2026-11-25.csv', 'omgang;lan;bedomare;pastaende;poang;anteckning'],
  ['Ladda ner poängtabellen (CSV)', 'lansinventering-poang-bred-2026-11-25.csv', 'lan;namn;1.1;1.2;1.3'],
  ['Ladda ner nivåerna (CSV)', 'lansinventering-nivaer-2026-11-25.csv', 'lan;namn;omrade_1_niva;omrade_1_nivanamn;omrade_1_regelns_niva;omrade_1_gruppens_niva;omrade_1_motivering;'],
  ['Ladda ner intervjusvaren (CSV)', 'lansinventering-intervjusvar-2026-11-25.csv', 'omgang;lan;namn;avsnitt;fraga;fragetext;anteckning;tal;enhet;val;andra'],
])('on the data page, %s downloads %s', async (button, expectedName, headerStart) => {
  open('#/data', <DataPage />);
  expect(screen.getAllByRole('group', { name: 'Avgränsare i CSV-filer' })).toHaveLength(1);
  expectUniqueButtonNames();
  const { fileName, lines } = await download(button);
  expect(fileName).toBe(expectedName);
  expect(lines[0]?.startsWith(headerStart)).toBe(true);
});

test('Överblick downloads its rows in the sort it shows', async () => {
  open('#/jamfor?sortera=lan&ordning=fallande', <Overview />);
  expectUniqueButtonNames();
  const { fileName, lines } = await download('Ladda ner överblicken (CSV)');
  expect(fileName).toBe('jamfor-overblick-2026-11-25.csv');
  expect(lines[0]).toMatch(/^Län;1\. Styrning och mandat;/);
  expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(
    instrument.counties.map((county) => county.name).sort((a, b) => b.localeCompare(a, 'sv')),
  );
});

test('Påståenden downloads its rows in the sort it shows', async () => {
  open('#/jamfor/pastaenden?sortera=summa&ordning=fallande', <Heatmap />);
  expectUniqueButtonNames();
  const { fileName, lines } = await download('Ladda ner påståendetabellen (CSV)');
  expect(fileName).toBe('jamfor-pastaenden-2026-11-25.csv');
  expect(lines[0]).toMatch(/^Län;Summa;1\.1;1\.2;/);
  expect(lines.slice(1, 4).map((line) => line.split(';').slice(0, 3).join(';'))).toEqual(['Skåne;64;2', 'Uppsala;33;2', 'Stockholm;0;0']);
});

test('Sida vid sida downloads only the chosen counties', async () => {
  open('#/jamfor/lan?valda=12,01', <SideBySide />);
  expectUniqueButtonNames();
  const { fileName, lines } = await download('Ladda ner jämförelsen (CSV)');
  expect(fileName).toBe('jamfor-sida-vid-sida-2026-11-25.csv');
  expect(lines[0]).toBe('Område;Stockholm;Skåne');
  expect(lines[8]).toBe('Område;Påstående;Lydelse;Stockholm;Skåne;Jämförelse');
  expect(lines[9]).toMatch(/^1\. Styrning och mandat;1\.1;.*;0;2;≠ Skiljer sig$/);
});
