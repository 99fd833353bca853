import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { applyChanges } from '../../src/domain/workspace/changes';
import { roundRecordOf } from '../../src/domain/workspace/workspace';
import { UndoControls } from '../../src/features/history/undo-controls';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { isoDay } from '../../src/lib/iso-day';
import { oneRound, TEST_ROUND } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const STATUS_NAMES = ['Utkast', 'Skickad till länet', 'Bekräftad av länet', 'Rättad efter återkoppling'];

/** The county page with the undo buttons of the header, as the app shows them. */
function openCounty(workspace = oneRound({ assessments: {} })) {
  const view = renderWithServices(
    <>
      <UndoControls />
      <ScoringPage code="06" />
    </>,
    workspace,
  );
  const record = () => roundRecordOf(view.services.workspaceStore.getState(), TEST_ROUND.id);
  return { ...view, record };
}

const history = () => screen.getByRole('list', { name: 'Statushistorik' });

test('the county page has a "Samlad bedömning" field whose text is saved as it is typed, and one Ångra takes the typing back', async () => {
  const user = userEvent.setup();
  const { record } = openCounty();
  const field = await screen.findByRole('textbox', { name: 'Samlad bedömning' });
  await user.type(field, 'Bred samverkan');
  expect(record().summaries['06']).toBe('Bred samverkan');
  expect(field).toHaveValue('Bred samverkan');

  await user.click(screen.getByRole('button', { name: 'Ångra' }));
  expect(field).toHaveValue('');
  expect(record().summaries['06']).toBeUndefined();
});

test('the Status control offers the four statuses, and a blank "Ingen status" while none is set', async () => {
  openCounty();
  const select = await screen.findByRole('combobox', { name: 'Status' });
  expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Ingen status', ...STATUS_NAMES]);
  expect(select).toHaveValue('');
  expect(screen.getByText('Ingen status är satt ännu.')).toBeInTheDocument();
});

test('two changes of status are listed oldest first, each with its day, and the blank choice is gone', async () => {
  const user = userEvent.setup();
  const { record } = openCounty();
  const select = await screen.findByRole('combobox', { name: 'Status' });
  await user.selectOptions(select, 'Utkast');
  await user.click(screen.getByRole('button', { name: 'Spara status' }));
  await user.selectOptions(select, 'Skickad till länet');
  await user.click(screen.getByRole('button', { name: 'Spara status' }));

  expect(select).toHaveValue('skickad');
  expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(STATUS_NAMES);
  const entries = within(history()).getAllByRole('listitem');
  const today = isoDay(new Date());
  expect(entries.map((entry) => entry.textContent)).toEqual([`Utkast ${today}`, `Skickad till länet ${today}`]);
  const times = Object.keys(record().statuses['06'] ?? {}).sort();
  expect(times).toHaveLength(2);
  expect(entries.map((entry) => entry.querySelector('time')?.getAttribute('datetime'))).toEqual(times);
});

test('Ångra takes the latest status away again, and the one before is the current status', async () => {
  const user = userEvent.setup();
  const { record } = openCounty();
  const select = await screen.findByRole('combobox', { name: 'Status' });
  await user.selectOptions(select, 'Utkast');
  await user.click(screen.getByRole('button', { name: 'Spara status' }));
  await user.selectOptions(select, 'Skickad till länet');
  await user.click(screen.getByRole('button', { name: 'Spara status' }));

  await user.click(screen.getByRole('button', { name: 'Ångra' }));
  expect(within(history()).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual([`Utkast ${isoDay(new Date())}`]);
  expect(select).toHaveValue('utkast');
  expect(Object.values(record().statuses['06'] ?? {})).toEqual(['utkast']);

  await user.click(screen.getByRole('button', { name: 'Ångra' }));
  expect(screen.queryByRole('list', { name: 'Statushistorik' })).not.toBeInTheDocument();
  expect(select).toHaveValue('');
  expect(record().statuses['06']).toBeUndefined();
});

test('choosing a status files nothing until it is saved, and saving the current status again files nothing', async () => {
  const user = userEvent.setup();
  const { record } = openCounty();
  const select = await screen.findByRole('combobox', { name: 'Status' });
  await user.selectOptions(select, 'Utkast');
  await user.selectOptions(select, 'Bekräftad av länet');
  expect(record().statuses['06']).toBeUndefined();
  await user.click(screen.getByRole('button', { name: 'Spara status' }));
  await user.click(screen.getByRole('button', { name: 'Spara status' }));
  expect(Object.values(record().statuses['06'] ?? {})).toEqual(['bekraftad']);
});

test('a stored history is shown as stored, with the latest status chosen', async () => {
  const workspace = applyChanges(oneRound({ assessments: {} }), [
    { field: 'status', round: TEST_ROUND.id, county: '06', at: '2026-03-12T12:00:00.000Z', value: 'skickad' },
    { field: 'status', round: TEST_ROUND.id, county: '06', at: '2026-03-10T12:00:00.000Z', value: 'utkast' },
    { field: 'summary', round: TEST_ROUND.id, county: '06', value: 'Bred samverkan' },
  ]);
  openCounty(workspace);
  expect(await screen.findByRole('combobox', { name: 'Status' })).toHaveValue('skickad');
  expect(within(history()).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual(['Utkast 2026-03-10', 'Skickad till länet 2026-03-12']);
  expect(screen.getByRole('textbox', { name: 'Samlad bedömning' })).toHaveValue('Bred samverkan');
});

test('an area\'s comment is folded away until it is opened, and is then saved as it is typed', async () => {
  const user = userEvent.setup();
  const { record } = openCounty();
  const area4 = await screen.findByText('Område 4. Förutsättningar för samarbete', { selector: 'summary' });
  expect(screen.queryByRole('textbox', { name: 'Kommentar till område 4' })).not.toBeInTheDocument();

  await user.click(area4);
  await user.type(screen.getByRole('textbox', { name: 'Kommentar till område 4' }), 'Avtal finns');
  expect(record().comments['06']).toEqual({ '4': 'Avtal finns' });
  expect(area4).toHaveTextContent('(kommentar skriven)');
});

test('a comment already written is open when the page is shown', async () => {
  openCounty(applyChanges(oneRound({ assessments: {} }), [{ field: 'comment', round: TEST_ROUND.id, county: '06', area: '6', value: 'Uppföljning saknas' }]));
  expect(await screen.findByRole('textbox', { name: 'Kommentar till område 6' })).toHaveValue('Uppföljning saknas');
  expect(screen.queryByRole('textbox', { name: 'Kommentar till område 5' })).not.toBeInTheDocument();
});

test('beside the Status control a link opens the county\'s check sheet to print', async () => {
  openCounty();
  expect(await screen.findByRole('link', { name: 'Skriv ut avstämning för länet' })).toHaveAttribute('href', '#/rapport?lan=06&avstamning=ja');
});
