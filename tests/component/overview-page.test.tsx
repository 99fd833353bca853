import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import OverviewPage from '../../src/features/compare/overview/overview-page';
import { allScored, loadInstrument, partlyScored } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

/** The page as the app shows it: its parameters follow the address. */
function Routed() {
  return <OverviewPage params={useHashRoute().params} />;
}

/** Stockholm all 0, Uppsala all 1 (1.1 = 2), Skåne all 2, Värmland with five statements unscored. */
const workspace: RoundScores = {
  assessments: {
    '01': allScored(instrument, 0),
    '03': allScored(instrument, 1, { '1.1': 2 }),
    '12': allScored(instrument, 2),
    '17': partlyScored(instrument),
  },
};

function open(hash: string, data: RoundScores = workspace, language: 'sv' | 'en' = 'sv') {
  window.location.hash = hash;
  return renderWithServices(<Routed />, data, undefined, language);
}

afterEach(() => {
  window.location.hash = '';
});

const table = () => screen.getByRole('table', { name: 'Nivå per län och område' });
/** The county names of the body rows, top to bottom. */
const names = () => [...table().querySelectorAll('tbody th[scope="row"]')].map((header) => header.textContent);
const header = (name: string) => within(table()).getByRole('button', { name }).closest('th');

test('the matrix shows every county and area with the level as a number, under the comparison links', () => {
  open('#/jamfor');
  expect(screen.getByRole('heading', { level: 1, name: 'Överblick' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Jämförelser' })).toContainElement(screen.getByRole('link', { name: 'Överblick' }));
  expect(screen.getByRole('link', { name: 'Överblick' })).toHaveAttribute('aria-current', 'page');
  expect(names()).toHaveLength(21);
  expect(names().slice(0, 3)).toEqual(['Stockholm', 'Uppsala', 'Södermanland']);
  const varmland = within(table()).getByRole('row', { name: /^Värmland/ });
  expect(within(varmland).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    'Ej bedömd', 'Ej bedömd', '2', 'Ej bedömd', 'Ej bedömd', 'Ej bedömd',
  ]);
  const skane = within(table()).getByRole('row', { name: /^Skåne/ });
  expect(within(skane).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '3', '3', '3', '3', '3']);
  expect(screen.getByText(/^3 av 21 län har poäng på alla 32 påståenden, 1 har poäng på en del och 17 har inga poäng än\./)).toBeInTheDocument();
  for (const button of within(table()).getAllByRole('button', { name: /Sortera|^\d\. |^Län$/ })) expect(button.closest('th')).not.toHaveAttribute('aria-sort');
});

test('a cell\'s name says the county, the area and the level by number and in words; its fill only repeats it', () => {
  open('#/jamfor');
  const varmland = within(table()).getByRole('row', { name: /^Värmland/ });
  expect(within(varmland).getByRole('button', { name: 'Värmland, område 3: nivå 2, Bitvis välutvecklat stöd. Visa skälen' })).toHaveClass('level--1');
  expect(within(varmland).getByRole('button', { name: 'Värmland, område 4: Ej bedömd. Visa skälen' })).toHaveClass('level--none');
  expect(screen.getByRole('button', { name: 'Stockholm, område 2: nivå 1, Aktör saknas. Visa skälen' })).toHaveTextContent(/^1$/);
});

test('a table under the matrix names every area\'s levels under their numbers, weakest first', () => {
  open('#/jamfor');
  const legend = screen.getByRole('table', { name: 'Nivåernas namn i varje område' });
  expect(within(legend).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
    'Område', 'Nivå 1 (svagast)', 'Nivå 2', 'Nivå 3 (starkast)',
  ]);
  for (const { area, levelsWeakestFirst } of instrument.areas) {
    const row = within(legend).getByRole('row', { name: new RegExp(`^${area.id}\\. `) });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(levelsWeakestFirst.map((level) => level.label.sv));
  }
  expect(within(legend).getByText('Välutvecklat stöd')).toHaveClass('level--2');
});

test('sorting by an area orders by level with not-rated last, and a second click turns it around', async () => {
  const user = userEvent.setup();
  open('#/jamfor');
  await user.click(within(table()).getByRole('button', { name: '3. Geografi och täckning' }));
  expect(names().slice(0, 5)).toEqual(['Stockholm', 'Uppsala', 'Värmland', 'Skåne', 'Södermanland']);
  expect(header('3. Geografi och täckning')).toHaveAttribute('aria-sort', 'ascending');
  expect(window.location.hash).toBe('#/jamfor?sortera=omrade-3&ordning=stigande');
  expect(screen.getByRole('status')).toHaveTextContent('Sorterad efter 3. Geografi och täckning, stigande.');

  await user.click(within(table()).getByRole('button', { name: '3. Geografi och täckning' }));
  expect(names().slice(0, 5)).toEqual(['Skåne', 'Uppsala', 'Värmland', 'Stockholm', 'Södermanland']);
  expect(header('3. Geografi och täckning')).toHaveAttribute('aria-sort', 'descending');
  expect(window.location.hash).toBe('#/jamfor?sortera=omrade-3&ordning=fallande');

  await user.click(within(table()).getByRole('button', { name: 'Län' }));
  expect(header('Län')).toHaveAttribute('aria-sort', 'ascending');
  expect(header('3. Geografi och täckning')).not.toHaveAttribute('aria-sort');
  expect(names().slice(-3)).toEqual(['Västra Götaland', 'Örebro', 'Östergötland']);
});

test('the address sets the initial sort: county names descending in Swedish order', () => {
  open('#/jamfor?sortera=lan&ordning=fallande');
  expect(names().slice(0, 4)).toEqual(['Östergötland', 'Örebro', 'Västra Götaland', 'Västmanland']);
  expect(header('Län')).toHaveAttribute('aria-sort', 'descending');
});

test('the footer counts the counties per level and not rated in each area', () => {
  open('#/jamfor');
  const counts = (label: string) =>
    within(within(table()).getByRole('row', { name: new RegExp(`^${label}`) })).getAllByRole('cell').map((cell) => cell.textContent);
  expect(counts('Antal på nivå 1')).toEqual(['1', '1', '1', '1', '1', '1']);
  expect(counts('Antal på nivå 2')).toEqual(['1', '1', '2', '1', '1', '1']);
  expect(counts('Antal på nivå 3')).toEqual(['1', '1', '1', '1', '1', '1']);
  expect(counts('Antal Ej bedömd')).toEqual(['18', '18', '17', '18', '18', '18']);
});

test('choosing a cell shows the reasons for that county and area, and closing returns to the cell', async () => {
  const user = userEvent.setup();
  open('#/jamfor?sortera=omrade-6');
  const cell = screen.getByRole('button', { name: 'Uppsala, område 6: nivå 2, Bitvis välutvecklad kvalitetssäkring. Visa skälen' });
  expect(cell).toHaveAttribute('aria-expanded', 'false');
  await user.click(cell);
  const panel = await screen.findByRole('region', { name: 'Skälen: Uppsala, område 6. Kvalitetssäkring på länsövergripande nivå' });
  expect(window.location.hash).toBe('#/jamfor?sortera=omrade-6&visa=03-6');
  expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
  expect(cell).toHaveAttribute('aria-expanded', 'true');
  expect(panel).toHaveTextContent('Nivå 2: Bitvis välutvecklad kvalitetssäkring');
  expect(within(panel).getByText('alla av 6.1–6.4 är 2: 0 av 4, ej uppfyllt')).toBeInTheDocument();
  expect(within(panel).getByText('6.1 ≥ 1: uppfyllt')).toBeInTheDocument();
  expect(within(panel).getByRole('link', { name: 'Poängsätt Uppsala' })).toHaveAttribute('href', '#/lan/03');

  await user.click(within(panel).getByRole('button', { name: 'Stäng skälen' }));
  expect(screen.queryByRole('region', { name: /^Skälen/ })).not.toBeInTheDocument();
  expect(window.location.hash).toBe('#/jamfor?sortera=omrade-6');
  expect(cell).toHaveFocus();
});

test('the reasons open in a row of their own right under the cell\'s county, before the next county', async () => {
  const user = userEvent.setup();
  open('#/jamfor');
  const cell = screen.getByRole('button', { name: /^Uppsala, område 4: / });
  await user.click(cell);
  const panel = await screen.findByRole('region', { name: 'Skälen: Uppsala, område 4. Förutsättningar för samarbete' });
  expect(table()).toContainElement(panel);
  const row = cell.closest('tr');
  expect(row?.nextElementSibling).toContainElement(panel);
  expect(within(row?.nextElementSibling as HTMLElement).getAllByRole('cell')).toHaveLength(1);
  // In reading order the panel follows the cell and comes before the next county's row.
  const next = within(table()).getByRole('row', { name: /^Södermanland/ });
  expect(cell.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(panel.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(cell).toHaveAttribute('aria-controls', panel.id);
});

test('Escape inside the reasons closes them and returns focus to the cell', async () => {
  const user = userEvent.setup();
  open('#/jamfor?sortera=lan');
  const cell = screen.getByRole('button', { name: /^Skåne, område 2: / });
  await user.click(cell);
  const panel = await screen.findByRole('region', { name: 'Skälen: Skåne, område 2. Aktörer med länsövergripande utvecklingsansvar' });
  await user.tab();
  expect(within(panel).getByRole('link', { name: 'Poängsätt Skåne' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('region', { name: /^Skälen/ })).not.toBeInTheDocument();
  expect(window.location.hash).toBe('#/jamfor?sortera=lan');
  expect(cell).toHaveFocus();
  expect(cell).toHaveAttribute('aria-expanded', 'false');
});

test('choosing the open cell again closes its reasons; another cell moves them to its own row', async () => {
  const user = userEvent.setup();
  open('#/jamfor?visa=01-1');
  const stockholm = screen.getByRole('button', { name: /^Stockholm, område 1: / });
  expect(stockholm).toHaveAttribute('aria-expanded', 'true');
  await user.click(screen.getByRole('button', { name: /^Skåne, område 5: / }));
  const panel = await screen.findByRole('region', { name: /^Skälen: Skåne, område 5\./ });
  expect(screen.getAllByRole('region', { name: /^Skälen/ })).toHaveLength(1);
  expect(screen.getByRole('button', { name: /^Skåne, område 5: / }).closest('tr')?.nextElementSibling).toContainElement(panel);
  await user.click(screen.getByRole('button', { name: /^Skåne, område 5: / }));
  expect(screen.queryByRole('region', { name: /^Skälen/ })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^Skåne, område 5: / })).toHaveFocus();
});

test('a link with ?visa= opens the reasons; a not-rated area names the missing statements', () => {
  open('#/jamfor?visa=17-4');
  const panel = screen.getByRole('region', { name: 'Skälen: Värmland, område 4. Förutsättningar för samarbete' });
  expect(panel).toHaveTextContent('Nivå: Ej bedömd');
  expect(panel).toHaveTextContent('Ej bedömd: 1 påstående saknar poäng (4.2)');
});

test('with no county scored the page says so and still shows the matrix of "Ej bedömd"', () => {
  open('#/jamfor', { assessments: {} });
  expect(screen.getByText(/^Inget län har poäng än/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Data' })).toHaveAttribute('href', '#/data');
  expect(within(table()).getAllByRole('button', { name: /Ej bedömd\. Visa skälen$/ })).toHaveLength(126);
  const notRated = within(table()).getByRole('row', { name: /^Antal Ej bedömd/ });
  expect(within(notRated).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['21', '21', '21', '21', '21', '21']);
});

test('in English the table, sorting and footer speak English', async () => {
  const user = userEvent.setup();
  open('#/jamfor', workspace, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
  const english = screen.getByRole('table', { name: 'Level per county and area' });
  await user.click(within(english).getByRole('button', { name: '6. Quality assurance' }));
  expect(within(english).getByRole('button', { name: '6. Quality assurance' }).closest('th')).toHaveAttribute('aria-sort', 'ascending');
  expect(within(english).getByRole('row', { name: /^Number not rated/ })).toBeInTheDocument();
  expect(within(english).getByRole('button', { name: 'Skåne, area 6: level 3, Well-developed quality assurance. Show the reasons' })).toBeInTheDocument();
  expect(screen.getByRole('table', { name: "The levels' names in each area" })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Sorted by 6. Quality assurance, ascending.');
});
