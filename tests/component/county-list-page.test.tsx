import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { CheckStatus } from '../../src/domain/county-check/check-status';
import { applyChanges } from '../../src/domain/workspace/changes';
import { CountyListPage } from '../../src/features/counties/county-list-page';
import { allScored, loadInstrument, partlyScored } from '../unit/load-instrument';
import { oneRound, TEST_ROUND } from '../unit/one-round';
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
    '',
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
    '',
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
  const table = screen.getByRole('table', { name: 'The counties, statements scored, status of the check and level per area' });
  expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
    'County',
    'Scored',
    'Status',
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
    '',
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
    '',
    'Not rated',
    'Not rated',
    'Partly well-developed support',
    'Not rated',
    'Not rated',
    'Not rated',
  ]);
  expect(screen.getByText(/^Choose a county to score its 32 statements\./)).toBeInTheDocument();
});

const status = (county: string, at: string, value: CheckStatus, round = TEST_ROUND.id) => ({ field: 'status' as const, round, county, at, value });

test('the Status column shows each county\'s latest status in the round in use, and nothing for a county without one', () => {
  const workspace = applyChanges(oneRound({ assessments: { '06': allScored(instrument, 2) } }), [
    // Set in another order than their times: the latest time counts, not the latest edit.
    status('06', '2026-03-12T10:00:00.000Z', 'bekraftad'),
    status('06', '2026-03-10T09:00:00.000Z', 'utkast'),
    status('07', '2026-03-11T09:00:00.000Z', 'skickad'),
    // Another round's status is not this round's.
    status('08', '2016-03-11T09:00:00.000Z', 'rattad', '2016'),
  ]);
  renderWithServices(<CountyListPage />, workspace);
  const table = screen.getByRole('table', { name: /Länen, poängsatta påståenden/ });
  // Beside the count of scored statements: both say how far the county has come.
  const statusOf = (name: string) => within(within(table).getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell')[1]?.textContent;
  expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent('Status');
  expect(statusOf('Jönköping')).toBe('Bekräftad av länet');
  expect(statusOf('Kronoberg')).toBe('Skickad till länet');
  expect(statusOf('Kalmar')).toBe('');
  expect(statusOf('Stockholm')).toBe('');
});
