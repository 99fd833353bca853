import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { changeKey } from '../../src/domain/workspace/changes';
import type { Stamps } from '../../src/domain/workspace/stamps';
import ReportPage from '../../src/features/report/report-page';
import { allScored, loadInstrument, partlyScored } from '../unit/load-instrument';
import { agreedNote, agreedScore, TEST_ROUND } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

/** Jönköping all 2 with a note, Kronoberg all 1, Kalmar partly scored; nobody else. */
function workspace(): RoundScores {
  return {
    assessments: {
      '06': { ...allScored(instrument, 2), notes: { '4.1': 'Överenskommelse med alla kommuner sedan 2015.' } },
      '07': allScored(instrument, 1),
      '08': partlyScored(instrument),
    },
  };
}

/** The page as the app shows it: its parameters read from the address. */
function Routed() {
  return <ReportPage params={useHashRoute().params} />;
}

function open(hash: string, language: 'sv' | 'en' = 'sv') {
  window.location.hash = hash;
  return renderWithServices(<Routed />, workspace(), undefined, language);
}

function openWithStamps(stamps: Stamps) {
  window.location.hash = '#/rapport';
  return renderWithServices(<Routed />, workspace(), undefined, 'sv', stamps);
}

afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

/** The value of one fact in the title block ("Rapportdatum" → "2026-04-02"). */
function fact(block: HTMLElement, term: string): string | null {
  const dt = within(block).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? null;
}

const countySections = () => screen.queryAllByRole('region', { name: /^(Jönköping|Kronoberg|Kalmar) \(0\d\)$/ });

test('the report has its heading, the title block, the summary and the six figures with their captions as headings', () => {
  open('#/rapport');
  expect(screen.getByRole('heading', { level: 1, name: 'Rapport' })).toBeInTheDocument();
  const title = screen.getByRole('region', { name: 'Länsinventering psykisk hälsa – stödstrukturer per län' });
  expect(within(title).getByRole('heading', { level: 2 })).toHaveTextContent('Länsinventering psykisk hälsa – stödstrukturer per län');
  expect(within(title).getByText(instrument.criteria.title.sv)).toBeInTheDocument();
  expect(within(title).getByText('bilaga1-2016')).toBeInTheDocument();
  expect(within(title).getByText('2 av 21 bedömda i alla områden; 3 med minst en poäng')).toBeInTheDocument();
  expect(fact(title, 'Rapportdatum')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(screen.getByRole('table', { name: /^Sammanfattande bedömning/ })).toBeInTheDocument();
  for (const { area } of instrument.areas) {
    const caption = `Figur ${area.figure}. ${area.figureTitle.sv}`;
    expect(screen.getByRole('heading', { level: 2, name: caption })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: caption })).toBeInTheDocument();
  }
  const area3 = screen.getByRole('table', { name: 'Figur 3. Geografi och täckning' });
  expect(within(within(area3).getByRole('row', { name: /^Välutvecklat stöd/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual([
    '1',
    'Jönköping',
  ]);
});

/** The items of a list, without those of the lists inside them. */
const ownItems = (list: HTMLElement) => within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);

test('the rule is written as one sentence per level, strongest first, under each area', () => {
  open('#/rapport');
  const rule = screen.getByRole('region', { name: 'Bedömningsregeln' });
  const area1 = within(rule).getByRole('region', { name: 'Område 1. Styrning och mandat inom politik och förvaltning' });
  const levels = within(area1).getByRole('list', { name: 'Nivåerna i område 1, starkast först' });
  expect(ownItems(levels).map((item) => item.querySelector('p')?.textContent)).toEqual([
    'Välutvecklad struktur när 1.5 och 1.6 är båda 2, minst 2 av 1.1–1.3 = 2 och minst 4 av 2.1–2.6 ≥ 1.',
    'Bitvis välutvecklad struktur när minst 1 av 1.1–1.3 = 2 och minst 1 av 1.4–1.6 ≥ 1.',
    'Outvecklad struktur annars.',
  ]);
  expect(within(rule).getAllByRole('heading', { level: 3 })).toHaveLength(6);
  expect(within(rule).getByText(/Regeln är revision 2\.$/)).toBeInTheDocument();
});

test('under each level of the rule stands the report’s description of it, and beside each condition its basis', () => {
  open('#/rapport');
  const rule = screen.getByRole('region', { name: 'Bedömningsregeln' });
  const area4 = within(rule).getByRole('region', { name: 'Område 4. Förutsättningar för samarbete' });
  const [, middle, weakest] = ownItems(within(area4).getByRole('list', { name: 'Nivåerna i område 4, starkast först' }));
  expect(middle).toHaveTextContent(/Rapporten: ”?Bitvis välutvecklade samarbeten och överblick innebär att/);
  const bases = within(middle ?? area4).getByRole('list', { name: 'Villkoren för Bitvis välutvecklade samarbeten och överblick och deras grund' });
  expect(within(bases).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    expect.stringMatching(/^4\.1 ≥ 1 Enligt rapporten Rapporten: etablerade samarbeten med några/),
    expect.stringMatching(/^4\.2 ≥ 1 Enligt rapporten Rapporten: god kunskap/),
  ]);
  expect(within(weakest ?? area4).queryByRole('list')).not.toBeInTheDocument();
  const area2 = within(rule).getByRole('region', { name: 'Område 2. Aktörer med länsövergripande utvecklingsansvar' });
  expect(within(area2).getAllByText('Tolkning')).toHaveLength(2);
});

test('the checkbox adds a section per scored county and names the unscored ones, and writes its state to the address', async () => {
  const user = userEvent.setup();
  open('#/rapport');
  const checkbox = screen.getByRole('checkbox', { name: 'Ta med län för län' });
  expect(checkbox).not.toBeChecked();
  expect(countySections()).toHaveLength(0);
  expect(screen.queryByText(/^Inte bedömda:/)).not.toBeInTheDocument();

  await user.click(checkbox);
  expect(window.location.hash).toBe('#/rapport?lan=ja');
  expect(checkbox).toBeChecked();
  expect(countySections().map((section) => within(section).getByRole('heading', { level: 3 }).textContent)).toEqual([
    'Jönköping (06)',
    'Kronoberg (07)',
    'Kalmar (08)',
  ]);
  const unscored = screen.getByText(/^Inte bedömda:/);
  expect(unscored).toHaveTextContent(/^Inte bedömda: Stockholm, Uppsala, Södermanland, Östergötland, Gotland,/);
  expect(unscored).not.toHaveTextContent(/Jönköping|Kronoberg|Kalmar/);

  await user.click(checkbox);
  expect(window.location.hash).toBe('#/rapport');
  expect(countySections()).toHaveLength(0);
});

test('a county section gives each area its level and reason, and all 32 statements with score label and note', () => {
  open('#/rapport?lan=ja');
  expect(screen.getByRole('checkbox', { name: 'Ta med län för län' })).toBeChecked();

  const kalmar = screen.getByRole('region', { name: 'Kalmar (08)' });
  const levels = within(kalmar).getByRole('table', { name: 'Kalmar: nivå och skäl per område' });
  const area3 = within(levels).getByRole('row', { name: /^3\. Geografi och täckning/ });
  expect(within(area3).getAllByRole('cell').map((c) => c.textContent)).toEqual([
    'Bitvis välutvecklat stöd',
    'Bitvis välutvecklat stöd – 3.1 ≥ 1: uppfyllt; 3.2 ≥ 1: uppfyllt. Inte välutvecklat stöd – alla av 3.1–3.3 är 2: 0 av 3, ej uppfyllt.',
  ]);
  const area4 = within(levels).getByRole('row', { name: /^4\. / });
  expect(within(area4).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Ej bedömd', 'Ej bedömd: 1 påstående saknar poäng (4.2)']);

  const statements = within(kalmar).getByRole('table', { name: 'Kalmar: poäng per påstående (inga anteckningar)' });
  const rows = within(statements).getAllByRole('row').filter((row) => within(row).queryAllByRole('cell').length > 0);
  expect(rows).toHaveLength(32);
  expect(within(rows[0] as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Ej poängsatt']);
  expect(within(rows[1] as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 Till viss del']);
  expect(within(statements).getAllByRole('rowheader', { name: /^Område \d\./ })).toHaveLength(6);

  const jonkoping = screen.getByRole('region', { name: 'Jönköping (06)' });
  within(jonkoping).getByRole('table', { name: 'Jönköping: poäng och anteckning per påstående' });
  const row41 = within(jonkoping).getByRole('row', { name: /^4\.1 / });
  expect(within(row41).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2 Väl uppfyllt', 'Överenskommelse med alla kommuner sedan 2015.']);
});

test('the print button opens the browser print dialog', async () => {
  const user = userEvent.setup();
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  open('#/rapport');
  await user.click(screen.getByRole('button', { name: 'Skriv ut / Spara som PDF' }));
  expect(print).toHaveBeenCalledTimes(1);
});

test('in English the report, its rule and the county pages are in English', () => {
  open('#/rapport?lan=ja', 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Report' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Figure 4. Collaborations at county level' })).toBeInTheDocument();
  expect(screen.getByText('Undeveloped structure otherwise.')).toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: 'Include county by county' })).toBeChecked();
  expect(screen.getByText(/^Not rated: Stockholm,/)).toBeInTheDocument();
  const kronoberg = screen.getByRole('region', { name: 'Kronoberg (07)' });
  expect(within(kronoberg).getAllByText('1 To some extent')).toHaveLength(32);
});

test('the title block dates the data by its latest change, and says when that is not known', () => {
  const changedAt = new Date(2026, 2, 31, 14, 5).getTime();
  const stamps = {
    [changeKey(agreedScore('06', '1.1', null))]: { at: changedAt - 86_400_000, tab: 'a' },
    [changeKey(agreedNote('06', '4.1', ''))]: { at: changedAt, tab: 'a' },
    // A later change in another round does not date this round's data.
    [changeKey({ ...agreedScore('06', '1.1', null), round: 'annan' })]: { at: changedAt + 86_400_000, tab: 'a' },
  };
  const dated = openWithStamps(stamps);
  expect(fact(screen.getByRole('region', { name: /^Länsinventering psykisk hälsa/ }), 'Uppgifterna senast ändrade')).toBe('2026-03-31');
  dated.unmount();

  openWithStamps({});
  expect(fact(screen.getByRole('region', { name: /^Länsinventering psykisk hälsa/ }), 'Uppgifterna senast ändrade')).toBe('okänt');
});

test('the report names the round it reports, with its period', () => {
  openWithStamps({});
  expect(fact(screen.getByRole('region', { name: /^Länsinventering psykisk hälsa/ }), 'Omgång')).toBe(`${TEST_ROUND.name} (period ${TEST_ROUND.period})`);
});

test('a county without notes has no note column, and its caption says so', () => {
  open('#/rapport?lan=ja');
  const kronoberg = screen.getByRole('region', { name: 'Kronoberg (07)' });
  const statements = within(kronoberg).getByRole('table', { name: 'Kronoberg: poäng per påstående (inga anteckningar)' });
  expect(within(statements).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Påstående', 'Poäng']);
  const row11 = within(statements).getByRole('row', { name: /^1\.1 / });
  expect(within(row11).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 Till viss del']);
});

test('a report opened with a rule variant says so in the report itself and rates with it, the rule section included', () => {
  open('#/rapport?variant=Strängare&regel=4.2.1-2-1');
  const notice = screen.getByRole('region', { name: 'Regelvariant «Strängare», inte standardregeln' });
  expect(notice.closest('.report')).not.toBeNull();
  expect(within(notice).getByRole('listitem')).toHaveTextContent('Område 4 (Förutsättningar för samarbete), nivå 2: 4.1 = 2 (standard: 4.1 ≥ 1)');
  // Kronoberg, all 1, no longer reaches level 2 of area 4 with 4.1 = 2 required.
  const figure4 = screen.getByRole('table', { name: /^Figur 4\. / });
  expect(within(figure4).getByRole('row', { name: /^Outvecklade samarbeten/ })).toHaveTextContent('Kronoberg');
  const rule = screen.getByRole('region', { name: 'Bedömningsregeln' });
  const area4 = within(rule).getByRole('region', { name: /^Område 4/ });
  expect(area4).toHaveTextContent('4.1 = 2');
  expect(area4).not.toHaveTextContent('4.1 ≥ 1');
});
