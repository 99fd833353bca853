import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import type { Workspace } from '../../src/domain/workspace/workspace';
import OverviewPage from '../../src/features/compare/overview/overview-page';
import { allScored, loadInstrument, partlyScored } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

/** The page as the app shows it: its parameters follow the address. */
function Routed() {
  return <OverviewPage params={useHashRoute().params} />;
}

/** Stockholm all 0, Uppsala all 1 (1.1 = 2), Skåne all 2, Värmland with five statements unscored. */
const workspace: Workspace = {
  assessments: {
    '01': allScored(instrument, 0),
    '03': allScored(instrument, 1, { '1.1': 2 }),
    '12': allScored(instrument, 2),
    '17': partlyScored(instrument),
  },
};

function open(hash: string, data: Workspace = workspace, language: 'sv' | 'en' = 'sv') {
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

test('the matrix shows every county and area with the level as text, under the comparison links', () => {
  open('#/jamfor');
  expect(screen.getByRole('heading', { level: 1, name: 'Överblick' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Jämförelser' })).toContainElement(screen.getByRole('link', { name: 'Överblick' }));
  expect(screen.getByRole('link', { name: 'Överblick' })).toHaveAttribute('aria-current', 'page');
  expect(names()).toHaveLength(21);
  expect(names().slice(0, 3)).toEqual(['Stockholm', 'Uppsala', 'Södermanland']);
  const varmland = within(table()).getByRole('row', { name: /^Värmland/ });
  expect(within(varmland).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    'Ej bedömd', 'Ej bedömd', 'Bitvis välutvecklat stöd', 'Ej bedömd', 'Ej bedömd', 'Ej bedömd',
  ]);
  expect(within(varmland).getByRole('button', { name: 'Värmland, område 3: Bitvis välutvecklat stöd. Visa skälen' })).toHaveClass('level--1');
  expect(screen.getByText(/^3 av 21 län har poäng på alla 32 påståenden, 1 har poäng på en del och 17 har inga poäng än\./)).toBeInTheDocument();
  for (const button of within(table()).getAllByRole('button', { name: /Sortera|^\d\. |^Län$/ })) expect(button.closest('th')).not.toHaveAttribute('aria-sort');
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
  expect(counts('Antal på svagaste nivån')).toEqual(['1', '1', '1', '1', '1', '1']);
  expect(counts('Antal på mellannivån')).toEqual(['1', '1', '2', '1', '1', '1']);
  expect(counts('Antal på starkaste nivån')).toEqual(['1', '1', '1', '1', '1', '1']);
  expect(counts('Antal Ej bedömd')).toEqual(['18', '18', '17', '18', '18', '18']);
});

test('choosing a cell shows the reasons for that county and area, and closing returns to the cell', async () => {
  const user = userEvent.setup();
  open('#/jamfor?sortera=omrade-6');
  const cell = screen.getByRole('button', { name: 'Uppsala, område 6: Bitvis välutvecklad kvalitetssäkring. Visa skälen' });
  expect(cell).toHaveAttribute('aria-expanded', 'false');
  await user.click(cell);
  const panel = await screen.findByRole('region', { name: 'Skälen: Uppsala, område 6. Kvalitetssäkring' });
  expect(window.location.hash).toBe('#/jamfor?sortera=omrade-6&visa=03-6');
  expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
  expect(cell).toHaveAttribute('aria-expanded', 'true');
  expect(panel).toHaveTextContent('Nivå: Bitvis välutvecklad kvalitetssäkring');
  expect(within(panel).getByText('alla av 6.1–6.4 är 2: 0 av 4, ej uppfyllt')).toBeInTheDocument();
  expect(within(panel).getByText('6.1 ≥ 1: uppfyllt')).toBeInTheDocument();
  expect(within(panel).getByRole('link', { name: 'Poängsätt Uppsala' })).toHaveAttribute('href', '#/lan/03');

  await user.click(within(panel).getByRole('button', { name: 'Stäng skälen' }));
  expect(screen.queryByRole('region', { name: /^Skälen/ })).not.toBeInTheDocument();
  expect(window.location.hash).toBe('#/jamfor?sortera=omrade-6');
  expect(cell).toHaveFocus();
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
  expect(within(english).getByRole('button', { name: 'Skåne, area 6: Well-developed quality assurance. Show the reasons' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Sorted by 6. Quality assurance, ascending.');
});
