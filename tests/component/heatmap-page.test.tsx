import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import HeatmapPage from '../../src/features/compare/heatmap/heatmap-page';
import { allScored, loadInstrument, partlyScored, scoresFrom } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

function Routed() {
  return <HeatmapPage params={useHashRoute().params} />;
}

/** Stockholm all 0, Uppsala all 1 (1.1 = 2), Skåne all 2, Värmland all 1 but five unscored, Kalmar 2.3 = 2 only. */
const workspace: RoundScores = {
  assessments: {
    '01': allScored(instrument, 0),
    '03': allScored(instrument, 1, { '1.1': 2 }),
    '12': allScored(instrument, 2),
    '17': partlyScored(instrument),
    '08': scoresFrom({ '2.3': 2 }),
  },
};

function open(hash: string, data: RoundScores = workspace, language: 'sv' | 'en' = 'sv') {
  window.location.hash = hash;
  return renderWithServices(<Routed />, data, undefined, language);
}

afterEach(() => {
  window.location.hash = '';
});

const table = () => screen.getByRole('table', { name: 'Poäng per län och påstående' });
/** The county names of the body rows, top to bottom (by selector: role queries over 700 cells are slow). */
const names = () => [...table().querySelectorAll('tbody th[scope="row"]')].map((header) => header.textContent);
/** The row whose header is `name` (a county or a footer row). */
const rowOf = (name: string) => within(table()).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const header = (name: string) => within(table()).getByRole('button', { name }).closest('th');

test('the heatmap shows each county’s score per statement under the area titles, with its total', () => {
  open('#/jamfor/pastaenden');
  expect(screen.getByRole('heading', { level: 1, name: 'Påståenden' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Påståenden' })).toHaveAttribute('aria-current', 'page');
  expect(within(table()).getAllByRole('columnheader', { name: /^\d\. / }).map((th) => th.textContent)).toEqual([
    '1. Styrning och mandat',
    '2. Aktörer med utvecklingsansvar',
    '3. Geografi och täckning',
    '4. Samarbeten',
    '5. Kapacitet och kompetens',
    '6. Kvalitetssäkring',
  ]);
  expect(within(table()).getByRole('columnheader', { name: '4. Samarbeten' })).toHaveAttribute('colspan', '2');
  expect(names()).toHaveLength(21);

  const uppsala = within(rowOf('Uppsala')).getAllByRole('cell');
  expect(uppsala).toHaveLength(33);
  expect(uppsala.slice(0, 3).map((cell) => cell.textContent)).toEqual(['33', '2', '1']);
  expect(uppsala[1]).toHaveClass('heatmap-cell--2');
  // Not scored is a dash, read as "Ej poängsatt", and looks different from 0.
  const varmland = within(rowOf('Värmland')).getAllByRole('cell');
  expect(varmland[0]).toHaveTextContent('27');
  expect(varmland[1]).toHaveAccessibleName('Ej poängsatt');
  expect(varmland[1]).toHaveClass('heatmap-cell--none');
  expect(within(rowOf('Stockholm')).getAllByRole('cell')[1]).toHaveClass('heatmap-cell--0');
  const kalmar = within(rowOf('Kalmar')).getAllByRole('cell');
  expect([kalmar[0]?.textContent, kalmar[11]?.textContent]).toEqual(['2', '2']);
  expect(within(rowOf('Jönköping')).getAllByRole('cell')[0]).toHaveAccessibleName('Ej poängsatt');
  expect(within(table()).getByRole('button', { name: '2.3' })).toHaveAttribute('title', expect.stringMatching(/^2\.3 Finns en aktör med ansvar för utveckling av skola/));
});

test('?sortera=summa sorts by total, unscored counties last; a second click turns it around', async () => {
  const user = userEvent.setup();
  open('#/jamfor/pastaenden?sortera=summa');
  expect(names().slice(0, 6)).toEqual(['Stockholm', 'Kalmar', 'Värmland', 'Uppsala', 'Skåne', 'Södermanland']);
  expect(header('Summa')).toHaveAttribute('aria-sort', 'ascending');
  await user.click(within(table()).getByRole('button', { name: 'Summa' }));
  expect(names().slice(0, 6)).toEqual(['Skåne', 'Uppsala', 'Värmland', 'Kalmar', 'Stockholm', 'Södermanland']);
  expect(header('Summa')).toHaveAttribute('aria-sort', 'descending');
  expect(window.location.hash).toBe('#/jamfor/pastaenden?sortera=summa&ordning=fallande');
});

test('sorting by a statement orders by its score and sets the address', async () => {
  const user = userEvent.setup();
  open('#/jamfor/pastaenden');
  expect(header('Summa')).not.toHaveAttribute('aria-sort');
  await user.click(within(table()).getByRole('button', { name: '2.3' }));
  expect(window.location.hash).toBe('#/jamfor/pastaenden?sortera=2.3&ordning=stigande');
  expect(names().slice(0, 5)).toEqual(['Stockholm', 'Uppsala', 'Kalmar', 'Skåne', 'Södermanland']);
  expect(header('2.3')).toHaveAttribute('aria-sort', 'ascending');
  expect(screen.getByRole('status')).toHaveTextContent('Sorterad efter påstående 2.3, stigande.');
});

test('the address ?sortera=2.3&ordning=fallande sets the initial order', () => {
  open('#/jamfor/pastaenden?sortera=2.3&ordning=fallande');
  expect(names().slice(0, 4)).toEqual(['Kalmar', 'Skåne', 'Uppsala', 'Stockholm']);
  expect(header('2.3')).toHaveAttribute('aria-sort', 'descending');
});

test('the footer gives each statement’s national distribution of 0, 1, 2 and unscored', () => {
  open('#/jamfor/pastaenden');
  const counts = (label: string) => within(rowOf(label)).getAllByRole('cell').map((cell) => cell.textContent);
  // Columns 1.1 and 2.3 (the first and the eleventh statement).
  const pick = (label: string) => [counts(label)[0], counts(label)[10]];
  expect(pick('Antal län med 0')).toEqual(['1', '1']);
  expect(pick('Antal län med 1')).toEqual(['0', '1']);
  expect(pick('Antal län med 2')).toEqual(['2', '2']);
  expect(pick('Antal ej poängsatta')).toEqual(['18', '17']);
  expect(counts('Antal ej poängsatta')).toHaveLength(32);
});

test('with nothing scored the page explains it and still shows the table of dashes', () => {
  open('#/jamfor/pastaenden', { assessments: {} });
  expect(screen.getByText(/^Inget län har poäng än/)).toBeInTheDocument();
  expect(names()).toHaveLength(21);
  expect(within(rowOf('Stockholm')).getAllByRole('cell').every((cell) => cell.textContent === '–Ej poängsatt')).toBe(true);
});

test('in English the heatmap names its columns, key and footer in English', () => {
  open('#/jamfor/pastaenden?sortera=summa&ordning=fallande', workspace, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Statements' })).toBeInTheDocument();
  const english = screen.getByRole('table', { name: 'Score per county and statement' });
  expect(within(english).getByRole('columnheader', { name: '4. Collaboration' })).toBeInTheDocument();
  expect(within(english).getByRole('button', { name: 'Total' }).closest('th')).toHaveAttribute('aria-sort', 'descending');
  expect(within(english).getByRole('rowheader', { name: 'Counties with 2' })).toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Key' })).toHaveTextContent('0 Not at all');
  expect(screen.getByRole('status')).toHaveTextContent('Sorted by Total, descending.');
});
