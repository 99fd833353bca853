import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import SideBySidePage from '../../src/features/compare/side-by-side/side-by-side-page';
import { parseHash } from '../../src/lib/hash-route';
import { allScored, allScoredExcept, loadInstrument, scoresFrom } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

/** As tests/fixtures/import-three-counties.json: Stockholm all 0, Uppsala all 1 but 1.1 = 2, Skåne all 2. */
function threeCounties(): RoundScores {
  return {
    assessments: {
      '01': allScored(instrument, 0),
      '03': allScored(instrument, 1, { '1.1': 2 }),
      '12': allScored(instrument, 2),
    },
  };
}

/** The page as the app shows it: its parameters read from the address, re-rendered when it changes. */
function Routed() {
  return <SideBySidePage params={useHashRoute().params} />;
}

function open(valda: string | null, workspace: RoundScores = threeCounties(), language: 'sv' | 'en' = 'sv') {
  window.location.hash = valda === null ? '#/jamfor/lan' : `#/jamfor/lan?valda=${valda}`;
  return renderWithServices(<Routed />, workspace, undefined, language);
}

const chosenInAddress = () => parseHash(window.location.hash).params.get('valda');
const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const rowOf = (table: HTMLElement, name: RegExp) => within(table).getByRole('row', { name });

afterEach(() => {
  window.location.hash = '';
});

test('with no county chosen the page explains that two are needed and shows no comparison', () => {
  open(null);
  expect(screen.getByRole('heading', { level: 1, name: 'Sida vid sida' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Jämförelser' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Sida vid sida' })).toHaveAttribute('aria-current', 'page');
  const group = screen.getByRole('group', { name: 'Län att jämföra (minst 2, högst 4)' });
  expect(within(group).getAllByRole('checkbox')).toHaveLength(21);
  expect(screen.getByText('Du har valt 0 län. Välj minst 2 län ovan för att se dem sida vid sida.')).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});

test('choosing counties writes them to the address in county-list order, at most four', async () => {
  const user = userEvent.setup();
  open('12');
  expect(screen.getByText(/^Du har valt 1 län\./)).toBeInTheDocument();

  await user.click(screen.getByRole('checkbox', { name: 'Stockholm' }));
  expect(chosenInAddress()).toBe('01,12');
  expect(screen.getByRole('table', { name: 'Nivå per område för de valda länen' })).toBeInTheDocument();

  await user.click(screen.getByRole('checkbox', { name: 'Uppsala' }));
  await user.click(screen.getByRole('checkbox', { name: 'Västerbotten' }));
  expect(chosenInAddress()).toBe('01,03,12,24');
  const chooser = screen.getByRole('group', { name: /^Län att jämföra/ });
  expect(within(chooser).getByRole('status')).toHaveTextContent('4 av högst 4 län valda. Du har valt 4 län, det högsta antalet.');
  expect(screen.getByRole('checkbox', { name: 'Jönköping' })).toBeDisabled();
  expect(screen.getByRole('checkbox', { name: 'Uppsala' })).toBeChecked();

  await user.click(screen.getByRole('checkbox', { name: 'Uppsala' }));
  expect(chosenInAddress()).toBe('01,12,24');
  expect(screen.getByRole('checkbox', { name: 'Jönköping' })).toBeEnabled();
});

test('codes in the address that are no county are ignored with a note', () => {
  open('03,99,01,ab');
  expect(screen.getByText('Adressen innehöll koder som inte är något län; de används inte: 99, ab.')).toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: 'Stockholm' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Uppsala' })).toBeChecked();
  const table = screen.getByRole('table', { name: 'Nivå per område för de valda länen' });
  expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Område', 'Stockholm', 'Uppsala']);
});

test('the levels table shows each county\'s level per area in words', () => {
  open('01,03,12');
  const table = screen.getByRole('table', { name: 'Nivå per område för de valda länen' });
  expect(within(table).getAllByRole('row')).toHaveLength(7);
  expect(cellTexts(rowOf(table, /^3\. Geografi och täckning/))).toEqual([
    'Outvecklat stöd',
    'Bitvis välutvecklat stöd',
    'Välutvecklat stöd',
  ]);
  expect(within(rowOf(table, /^6\. /)).getByText('Välutvecklad kvalitetssäkring')).toHaveClass('level', 'level--2');
});

test('an area where the chosen counties\' levels differ is marked in its row header, which screen readers hear with each cell', () => {
  // Area 3: Stockholm level 0, Uppsala level 1; area 4: both level 0; area 6: Uppsala not rated.
  const workspace: RoundScores = {
    assessments: {
      '01': allScored(instrument, 0),
      '03': allScoredExcept(instrument, 0, { '3.1': 1, '3.2': 1 }, ['6.1']),
    },
  };
  open('01,03', workspace);
  const table = screen.getByRole('table', { name: 'Nivå per område för de valda länen' });
  const differing = rowOf(table, /^3\. Geografi och täckning/);
  expect(within(differing).getByRole('rowheader')).toHaveTextContent('3. Geografi och täckning ≠ Skiljer sig');
  expect(within(differing).getByRole('rowheader')).toHaveAccessibleName('3. Geografi och täckning Skiljer sig');
  expect(differing).toHaveClass('side-by-side-row--differs');
  expect(cellTexts(differing)).toEqual(['Outvecklat stöd', 'Bitvis välutvecklat stöd']);
  for (const same of [/^4\. /, /^6\. /]) {
    expect(within(rowOf(table, same)).getByRole('rowheader')).not.toHaveTextContent('Skiljer sig');
    expect(rowOf(table, same)).not.toHaveClass('side-by-side-row--differs');
  }
  expect(cellTexts(rowOf(table, /^6\. /))).toEqual(['Otillräcklig kvalitetssäkring', 'Ej bedömd']);
  expect(screen.getByText('1 av 6 områden skiljer sig mellan de valda länen.')).toBeInTheDocument();
});

test('"Visa bara skillnader" shows only the rows that differ in both tables, says how many, and is kept in the address', async () => {
  const user = userEvent.setup();
  const workspace: RoundScores = {
    assessments: { '01': allScored(instrument, 0), '03': allScored(instrument, 0, { '3.1': 1, '3.2': 1, '6.1': 1 }) },
  };
  open('01,03', workspace);
  const only = screen.getByRole('checkbox', { name: 'Visa bara skillnader' });
  expect(only).not.toBeChecked();
  expect(only).toHaveAccessibleDescription('Båda tabellerna visar då bara de områden och påståenden där de valda länen skiljer sig.');
  const status = screen.getByText(/^Visar alla/);
  expect(status).toHaveAttribute('role', 'status');
  expect(status).toHaveTextContent('Visar alla 6 områden och alla 32 påståenden.');

  await user.click(only);
  expect(parseHash(window.location.hash).params.get('skillnader')).toBe('ja');
  expect(chosenInAddress()).toBe('01,03');
  expect(status).toHaveTextContent('Visar 1 av 6 områden och 3 av 32 påståenden: de där de valda länen skiljer sig.');
  const levels = screen.getByRole('table', { name: 'Nivå per område för de valda länen' });
  expect(within(levels).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['3. Geografi och täckning ≠ Skiljer sig']);
  const statements = screen.getByRole('table', { name: 'Poäng per påstående för de valda länen' });
  expect(within(statements).getAllByRole('rowheader').map((th) => th.textContent?.replace(/\s+/g, ' ').slice(0, 3))).toEqual([
    '3. ', '3.1', '3.2', '6. ', '6.1',
  ]);
  // The counts above the tables still count every row.
  expect(screen.getByText('1 av 6 områden skiljer sig mellan de valda länen.')).toBeInTheDocument();
  expect(screen.getByText('3 av 32 påståenden skiljer sig mellan de valda länen.')).toBeInTheDocument();
  expect(screen.getByText(/^CSV-filen innehåller de rader tabellerna visar: bara de där/)).toBeInTheDocument();

  await user.click(only);
  expect(parseHash(window.location.hash).params.has('skillnader')).toBe(false);
  expect(within(levels).getAllByRole('rowheader')).toHaveLength(6);
  expect(status).toHaveTextContent('Visar alla 6 områden och alla 32 påståenden.');
});

test('a link with skillnader=ja opens with only the differences; a table with none says so instead of showing no rows', () => {
  // 5.1 differs, but area 5 is at level 1 in both (level 2 needs all of 5.1–5.8 at 2).
  open('01,03&skillnader=ja', { assessments: { '01': allScored(instrument, 1), '03': allScored(instrument, 1, { '5.1': 2 }) } });
  expect(screen.getByRole('checkbox', { name: 'Visa bara skillnader' })).toBeChecked();
  expect(screen.getByText('0 av 6 områden skiljer sig mellan de valda länen.')).toBeInTheDocument();
  expect(screen.getByText('Inget område skiljer sig, så när bara skillnader visas finns ingen rad att visa.')).toBeInTheDocument();
  expect(screen.queryByRole('table', { name: 'Nivå per område för de valda länen' })).not.toBeInTheDocument();
  const statements = screen.getByRole('table', { name: 'Poäng per påstående för de valda länen' });
  expect(cellTexts(rowOf(statements, /^5\.1 /))).toEqual(['1', '2', '≠ Skiljer sig']);
  // The header, area 5's heading row and 5.1.
  expect(within(statements).getAllByRole('row')).toHaveLength(3);
});

test('statements where the chosen counties differ are marked in text', () => {
  const workspace: RoundScores = {
    assessments: { '06': scoresFrom({ '1.1': 2, '1.2': 1, '1.3': 0 }), '17': scoresFrom({ '1.1': 2, '1.2': 2 }) },
  };
  open('06,17', workspace);
  const table = screen.getByRole('table', { name: 'Poäng per påstående för de valda länen' });
  const headers = within(table).getAllByRole('rowheader').map((th) => th.textContent ?? '');
  expect(headers.filter((text) => /^\d+\.\d+ /.test(text))).toHaveLength(32);
  expect(headers.filter((text) => /^\d+\. /.test(text))).toEqual(
    instrument.areas.map(({ area }) => `${area.id}. ${area.title.sv}`),
  );

  expect(cellTexts(rowOf(table, /^1\.1 /))).toEqual(['2', '2', 'Lika']);
  const differing = rowOf(table, /^1\.2 /);
  expect(cellTexts(differing)).toEqual(['1', '2', '≠ Skiljer sig']);
  expect(differing).toHaveClass('side-by-side-row--differs');
  expect(cellTexts(rowOf(table, /^1\.3 /))).toEqual(['0', '–ej poängsatt', 'Ej alla poängsatta']);
  expect(screen.getByText('1 av 32 påståenden skiljer sig mellan de valda länen.')).toBeInTheDocument();
});

test('the radar is an image named with its values, and its table has the same numbers', () => {
  open('01,03,12');
  const chart = screen.getByRole('img', { name: /^Radardiagram, medelpoäng per område/ });
  expect(chart).toHaveAccessibleName(
    'Radardiagram, medelpoäng per område på skalan 0–2. ' +
      'Stockholm: område 1 0,0, område 2 0,0, område 3 0,0, område 4 0,0, område 5 0,0, område 6 0,0; ' +
      'Uppsala: område 1 1,1, område 2 1,0, område 3 1,0, område 4 1,0, område 5 1,0, område 6 1,0; ' +
      'Skåne: område 1 2,0, område 2 2,0, område 3 2,0, område 4 2,0, område 5 2,0, område 6 2,0; ' +
      'Median, alla län: område 1 1,1, område 2 1,0, område 3 1,0, område 4 1,0, område 5 1,0, område 6 1,0.',
  );
  expect(chart.querySelector('svg')).not.toBeNull();
  expect(within(screen.getByRole('list', { name: 'Förklaring till diagrammet' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'Stockholm',
    'Uppsala',
    'Skåne',
    'Median, alla län',
  ]);

  const table = screen.getByRole('table', { name: 'Medelpoäng per område (0–2) och medianen för alla län' });
  expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
    'Område', 'Stockholm', 'Uppsala', 'Skåne', 'Median, alla län', 'Län i medianen',
  ]);
  expect(cellTexts(rowOf(table, /^1\. Styrning och mandat/))).toEqual(['0,0', '1,1', '2,0', '1,1', '3']);
  expect(cellTexts(rowOf(table, /^5\. /))).toEqual(['0,0', '1,0', '2,0', '1,0', '3']);
});

test('partial scores: an area without scores is named as such, a county without any is left out of the chart', () => {
  const workspace: RoundScores = {
    assessments: { '06': scoresFrom({ '3.1': 2, '3.2': 1 }), '07': allScored(instrument, 1), '08': allScored(instrument, 0) },
  };
  open('06,09,07', workspace);
  expect(screen.getByText('Inga poäng ännu för Gotland.', { exact: false })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Medelpoäng per område (0–2) och medianen för alla län' });
  expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
    'Område', 'Jönköping', 'Kronoberg', 'Median, alla län', 'Län i medianen',
  ]);
  expect(cellTexts(rowOf(table, /^1\. /))).toEqual(['inga poäng', '1,0', '0,5', '2']);
  expect(cellTexts(rowOf(table, /^3\. /))).toEqual(['1,5', '1,0', '1,0', '3']);
  expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining('Jönköping: område 1 inga poäng, område 2 inga poäng, område 3 1,5'));
});

test('when none of the chosen counties has scores, the page says so instead of drawing an empty chart', () => {
  open('06,09', { assessments: {} });
  expect(screen.getByText(/^Inget av de valda länen har några poäng ännu/)).toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  const levels = screen.getByRole('table', { name: 'Nivå per område för de valda länen' });
  expect(cellTexts(rowOf(levels, /^1\. /))).toEqual(['Ej bedömd', 'Ej bedömd']);
});

test('in English the texts and the numbers follow the language', () => {
  open('01,03', threeCounties(), 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Side by side' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Score per statement for the chosen counties' });
  expect(cellTexts(rowOf(table, /^1\.1 /))).toEqual(['0', '2', '≠ Differs']);
  const means = screen.getByRole('table', { name: 'Mean score per area (0–2) and the median of all counties' });
  expect(cellTexts(rowOf(means, /^1\. /))).toEqual(['0.0', '1.1', '1.1', '3']);
  expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringMatching(/^Radar chart, mean score per area on the scale 0–2\. Stockholm: area 1 0\.0/));
  expect(screen.getByRole('checkbox', { name: 'Show only differences' })).not.toBeChecked();
  expect(screen.getByText('6 of 6 areas differ between the chosen counties.')).toBeInTheDocument();
  expect(within(rowOf(screen.getByRole('table', { name: 'Level per area for the chosen counties' }), /^1\. /)).getByRole('rowheader')).toHaveTextContent('≠ Differs');
});

test('in the radar the median is drawn under the counties, and the scale’s labels over every line with a white edge', () => {
  open('01,12');
  const svg = screen.getByRole('img', { name: /^Radardiagram/ }).querySelector('svg');
  if (!svg) throw new Error('the radar drew no svg');
  const lines = [...svg.querySelectorAll('.recharts-radar-polygon path')];
  const strokes = lines.map((line) => line.getAttribute('stroke'));
  // The median is black (#1b1b1b) and comes before both counties' lines.
  expect(strokes.indexOf('#1b1b1b')).toBe(0);
  expect(strokes.filter((stroke) => stroke !== '#1b1b1b')).toHaveLength(2);
  const scaleLabel = [...svg.querySelectorAll('text')].find((text) => text.textContent === '1,5');
  expect(scaleLabel?.getAttribute('stroke')).toBe('#ffffff');
  const last = lines[lines.length - 1];
  // Later in the document is drawn later, that is on top.
  expect(last && scaleLabel && last.compareDocumentPosition(scaleLabel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});
