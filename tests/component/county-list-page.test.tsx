import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { CountyListPage } from '../../src/features/counties/county-list-page';
import { allScored, loadInstrument, partlyScored } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

test('the list shows all 21 counties with how many statements are scored and each area level as text', () => {
  renderWithServices(<CountyListPage />, {
    assessments: { '06': allScored(instrument, 2), '17': partlyScored(instrument) },
  });
  const table = screen.getByRole('table', { name: /Länen, poängsatta påståenden/ });
  expect(within(table).getAllByRole('row')).toHaveLength(22);

  const jonkoping = within(table).getByRole('row', { name: /^Jönköping/ });
  expect(within(jonkoping).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    '32 av 32',
    'Välutvecklad struktur',
    'Aktör finns inom alla områden',
    'Välutvecklat stöd',
    'Välutvecklade samarbeten och överblick',
    'Välutvecklad kapacitet och kompetens',
    'Välutvecklad kvalitetssäkring',
  ]);
  const varmland = within(table).getByRole('row', { name: /^Värmland/ });
  expect(within(varmland).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    '27 av 32',
    'Ej bedömd',
    'Ej bedömd',
    'Bitvis välutvecklat stöd',
    'Ej bedömd',
    'Ej bedömd',
    'Ej bedömd',
  ]);
  expect(within(jonkoping).getByRole('link', { name: 'Jönköping' })).toHaveAttribute('href', '#/lan/06');
});

test('in English the list names its columns, counts and levels in English', () => {
  renderWithServices(
    <CountyListPage />,
    { assessments: { '06': allScored(instrument, 2), '17': partlyScored(instrument) } },
    undefined,
    'en',
  );
  expect(screen.getByRole('heading', { level: 1, name: 'Counties' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'The counties, statements scored and level per area' });
  expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
    'County',
    'Scored',
    '1. Governance and mandate',
    '2. Actors responsible for development',
    '3. Geography and coverage',
    '4. Collaboration',
    '5. Capacity and competence',
    '6. Quality assurance',
  ]);
  expect(within(table).getByRole('columnheader', { name: '4. Collaboration' })).toBeInTheDocument();

  const jonkoping = within(table).getByRole('row', { name: /^Jönköping/ });
  expect(within(jonkoping).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    '32 of 32',
    'Well-developed structure',
    'Actor in all sectors',
    'Well-developed support',
    'Well-developed collaboration and overview',
    'Well-developed capacity and competence',
    'Well-developed quality assurance',
  ]);
  const varmland = within(table).getByRole('row', { name: /^Värmland/ });
  expect(within(varmland).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    '27 of 32',
    'Not rated',
    'Not rated',
    'Partly well-developed support',
    'Not rated',
    'Not rated',
    'Not rated',
  ]);
  expect(screen.getByText(/^Choose a county to score its 32 statements\./)).toBeInTheDocument();
});
