import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import AgreementPage from '../../src/features/agreement/agreement-page';
import { loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const criteria = loadInstrument().criteria.id;

const score = (round: string, rater: string, county: string, statement: string, value: 0 | 1 | 2): Change => ({
  field: 'score',
  round,
  rater,
  county,
  statement,
  value,
});
const scores = (round: string, rater: string, county: string, given: Record<string, 0 | 1 | 2>) =>
  Object.entries(given).map(([statement, value]) => score(round, rater, county, statement, value));

const ROUNDS: Change[] = [
  { field: 'round', round: '2016', value: { name: '2016', period: '2016', criteria } },
  { field: 'round', round: '2026', value: { name: '2026', period: '2026', criteria } },
];
const RATERS: Change[] = [
  { field: 'rater', rater: 'anna', value: { name: 'Anna' } },
  { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  { field: 'rater', rater: 'cilla', value: { name: 'Cilla' } },
];

/**
 * 2026: in Stockholm all three give 2 on 3.1–3.3; Anna and Bo score area 4 in Stockholm
 * (4.1 both 0; 4.2 Anna 1, Bo 2) and Uppsala (both 2 on 4.1 and 4.2). Only Anna has marked
 * Stockholm done. 2016: Anna and Bo both gave Jönköping 1 on 1.1, a single unit.
 */
const workspace: Workspace = applyChanges(EMPTY_WORKSPACE, [
  ...ROUNDS,
  ...RATERS,
  ...['anna', 'bo', 'cilla'].flatMap((rater) => scores('2026', rater, '01', { '3.1': 2, '3.2': 2, '3.3': 2 })),
  ...scores('2026', 'anna', '01', { '4.1': 0, '4.2': 1 }),
  ...scores('2026', 'bo', '01', { '4.1': 0, '4.2': 2 }),
  ...['anna', 'bo'].flatMap((rater) => scores('2026', rater, '03', { '4.1': 2, '4.2': 2 })),
  { field: 'done', round: '2026', rater: 'anna', county: '01', value: true },
  score('2016', 'anna', '06', '1.1', 1),
  score('2016', 'bo', '06', '1.1', 1),
]);

const open = (data: Workspace, round: string | null = null, language: 'sv' | 'en' = 'sv') =>
  renderWithServices(<AgreementPage />, data, undefined, language, {}, round);

const cellsOf = (table: HTMLElement, row: RegExp) =>
  within(within(table).getByRole('row', { name: row })).getAllByRole('cell');

test('the table counts every rater’s scores of the round per area and over all statements, in Swedish numbers', () => {
  open(workspace, '2026');
  expect(screen.getByRole('heading', { level: 1, name: 'Överensstämmelse mellan bedömare' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Överensstämmelse mellan bedömare, omgång 2026' });
  expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
    'Påståenden',
    'Enheter',
    'Samstämmighet',
    'Krippendorffs α (ordinal)',
  ]);
  expect(within(table).getAllByRole('rowheader').map((header) => header.firstChild?.textContent)).toEqual([
    'Område 1', 'Område 2', 'Område 3', 'Område 4', 'Område 5', 'Område 6', 'Alla påståenden',
  ]);
  // Area 4: units (0,0), (1,2), (2,2), (2,2); alpha worked by hand from Krippendorff (2011): 1 − 7·18/504.
  expect(cellsOf(table, /^Område 4/).map((cell) => cell.textContent)).toEqual(['4', '75\u00a0%', '0,750']);
  // Over all: 7 units, 6 alike (85.7 %, rounded down so that only full agreement shows 100 %);
  // n = 17 values (0: 2, 1: 1, 2: 14), so alpha = 1 − 16·112.5/6120.
  expect(cellsOf(table, /^Alla påståenden/).map((cell) => cell.textContent)).toEqual(['7', '85\u00a0%', '0,706']);
});

test('a figure that cannot be computed shows a dash that is read as “inte definierad”', () => {
  open(workspace, '2026');
  const table = screen.getByRole('table', { name: 'Överensstämmelse mellan bedömare, omgång 2026' });
  // Area 1: no unit at all. Area 3: three units, everyone gave 2, so alpha has no variation to go on.
  const [units, unanimous, alpha] = cellsOf(table, /^Område 1/);
  expect(units).toHaveTextContent('0');
  expect(unanimous).toHaveTextContent('–');
  expect(unanimous).toHaveAccessibleName('inte definierad');
  expect(alpha).toHaveAccessibleName('inte definierad');
  expect(cellsOf(table, /^Område 3/).map((cell) => cell.textContent)).toEqual(['3', '100\u00a0%', '–inte definierad']);

  const pairs = screen.getByRole('table', { name: 'Cohens κ per par av bedömare, omgång 2026' });
  expect(within(pairs).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
    // Anna and Bo: 7 shared units; linear kappa 1 − (1/7)/(29/49) = 22/29.
    ['Anna och Bo', '7', '0,759'],
    // With Cilla, three units where everyone gave 2: no variation.
    ['Anna och Cilla', '3', '–inte definierad'],
    ['Bo och Cilla', '3', '–inte definierad'],
  ]);
});

test('the least agreed statement lists each rater’s score by county, with a link to the county’s reconciliation', () => {
  open(workspace, '2026');
  const section = screen.getByRole('region', { name: 'Där bedömarna skiljer sig mest' });
  expect(within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
    expect.stringMatching(/^4\.2 /),
  ]);
  expect(within(section).getByText('Olika poäng i 1 av 2 län; samstämmighet 50 %.')).toBeInTheDocument();
  const table = within(section).getByRole('table', { name: 'Poäng för 4.2 i de län där bedömarna skiljer sig' });
  expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Län', 'Anna', 'Bo', 'Cilla', 'Samsyn']);
  const stockholm = within(table).getByRole('row', { name: /^Stockholm/ });
  expect(within(stockholm).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '2', '–ej poängsatt', 'Samsyn för Stockholm']);
  expect(within(stockholm).getByRole('link', { name: 'Samsyn för Stockholm' })).toHaveAttribute('href', '#/lan/01/samsyn?omgang=2026');
});

test('the figures explain themselves and cite Krippendorff’s guidance', () => {
  open(workspace, '2026');
  const meaning = screen.getByRole('region', { name: 'Vad siffrorna betyder' });
  expect(meaning).toHaveTextContent(/α kan bli lågt fast bedömarna för det mesta ger samma poäng/);
  expect(within(meaning).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'α ≥ 0,800: poängen går att lita på.',
    '0,667 ≤ α < 0,800: poängen räcker bara för försiktiga slutsatser.',
    'α < 0,667: poängen går inte att lita på.',
  ]);
  expect(meaning).toHaveTextContent("Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.");
});

test('the round the address asks for is the one counted: 2016 has a single unit, too few to count', () => {
  open(workspace, '2016');
  expect(screen.getByText(/i omgång 2016 finns bara 1 enhet\./)).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('with no raters named the page says that agreement needs two and links to where raters are named', () => {
  open(applyChanges(EMPTY_WORKSPACE, ROUNDS), '2026');
  expect(screen.getByText(/^Inga bedömare är namngivna ännu\. Överensstämmelse kräver minst två bedömare/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Omgångar' })).toHaveAttribute('href', '#/omgangar?omgang=2026');
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('with one rater named the page says so', () => {
  open(applyChanges(EMPTY_WORKSPACE, [...ROUNDS, ...RATERS.slice(0, 1)]));
  expect(screen.getByText(/^Bara en bedömare är namngiven\./)).toBeInTheDocument();
});

test('in English the caption, the numbers and the dashes are English', () => {
  open(workspace, '2026', 'en');
  const table = screen.getByRole('table', { name: 'Agreement between raters, round 2026' });
  expect(cellsOf(table, /^Area 4/).map((cell) => cell.textContent)).toEqual(['4', '75%', '0.750']);
  expect(cellsOf(table, /^Area 1/)[2]).toHaveAccessibleName('undefined');
  expect(screen.getByRole('columnheader', { name: 'Percent agreement' })).toBeInTheDocument();
});
