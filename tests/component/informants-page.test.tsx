import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { firstRound } from '../../src/domain/rounds/round';
import { roundRecordOf, type Workspace } from '../../src/domain/workspace/workspace';
import { parseWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { UndoControls } from '../../src/features/history/undo-controls';
import InformantsPage from '../../src/features/informants/informants-page';
import type * as Download from '../../src/lib/download';
import { downloadText } from '../../src/lib/download';
import { loadInstrument, unwrap } from '../unit/load-instrument';
import { freshTestStorage, renderWithServices } from './render-with-services';

vi.mock('../../src/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof Download>()),
  downloadText: vi.fn(),
}));

afterEach(() => vi.mocked(downloadText).mockReset());

const instrument = loadInstrument();
const EXAMPLE = JSON.parse(readFileSync(resolve(process.cwd(), 'public/examples/informants-2016.json'), 'utf8')) as unknown;
/** Bilaga 3 as the example file holds it: round 2016, 118 organisations, the report's summary 92 and 41. */
const example: Workspace = unwrap(parseWorkspaceFile(EXAMPLE, instrument, firstRound(instrument.criteria.id, new Date())), 'the example').workspace;

/** The page in round 2016, under the header's undo button that names the last step. */
const page = (
  <>
    <UndoControls />
    <InformantsPage />
  </>
);
const openPage = (language: 'sv' | 'en' = 'sv') => renderWithServices(page, example, freshTestStorage(), language, {}, '2016');
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

test('"Informanter per län" has a row per county, linking to it, and the totals in its foot', () => {
  openPage();
  const table = screen.getByRole('table', { name: 'Informanter per län' });
  expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Län', 'Organisationer', 'Besök', 'Telefon', 'Totalt']);
  const [body, foot] = [table.querySelector('tbody'), table.querySelector('tfoot')] as HTMLElement[];
  const rows = within(body as HTMLElement).getAllByRole('row');
  expect(rows).toHaveLength(21);
  expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Stockholm');
  expect(cellsOf(rows[0] as HTMLElement)).toEqual(['12', '4', '9', '13']);
  expect(within(rows[4] as HTMLElement).getByRole('link', { name: 'Jönköping' })).toHaveAttribute('href', '#/lan/06?omgang=2016');
  const total = within(foot as HTMLElement).getByRole('row');
  expect(within(total).getByRole('rowheader')).toHaveTextContent('Totalt');
  expect(cellsOf(total)).toEqual(['118', '93', '40', '133']);
});

test('the table per tier lists the six tiers of Bilaga 3 with the same totals', () => {
  openPage();
  const table = screen.getByRole('table', { name: 'Informanter per nivå' });
  expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Länsgemensam', 'Landsting', 'Region', 'Kommun', 'Delregional', 'Annan', 'Totalt']);
  expect(cellsOf(within(table).getAllByRole('row').at(-1) as HTMLElement)).toEqual(['118', '93', '40', '133']);
});

test('the rows’ sums and the source’s differing totals are both stated', () => {
  openPage();
  expect(
    screen.getByText('Raderna ger 93 besök och 40 per telefon, 133 i allt. Källans sammanställning anger 92 besök och 41 per telefon, 133 i allt.'),
  ).toBeInTheDocument();
});

test('the CSV holds a row per organisation of the round, in list order', async () => {
  const user = userEvent.setup();
  openPage();
  await user.click(screen.getByRole('button', { name: 'Ladda ner informanterna (CSV)' }));
  const [fileName = '', text = ''] = vi.mocked(downloadText).mock.lastCall ?? [];
  expect(fileName).toMatch(/^informanter-2016-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines.slice(0, 3)).toEqual([
    'omgang;lan;lansnamn;organisation;niva;besok;telefon;datum;anmarkning',
    '2016;01;Stockholm;Psykiatri;landsting;1;0;;',
    '2016;01;Stockholm;Missbruk;landsting;1;0;;',
  ]);
  expect(lines).toHaveLength(1 + 118 + 1);
});

test('the source’s totals are cleared and saved as steps undo takes back, and totals that agree say so', async () => {
  const user = userEvent.setup();
  const { services } = openPage();
  const reported = () => roundRecordOf(services.workspaceStore.getState(), '2016').reported;
  const form = screen.getByRole('form', { name: 'Summa enligt källan' });
  expect(within(form).getByLabelText('Besök')).toHaveValue('92');

  await user.click(within(form).getByRole('button', { name: 'Ta bort källans summor' }));
  expect(reported()).toEqual({});
  expect(screen.queryByText(/Källans sammanställning/)).toBeNull();
  expect(within(form).getByLabelText('Telefon')).toHaveValue('');

  services.workspaceStore.getState().undo();
  expect(reported()).toEqual({ visit: 92, phone: 41 });
  expect(await screen.findByText(/Källans sammanställning anger 92 besök/)).toBeInTheDocument();
  expect(within(form).getByLabelText('Telefon')).toHaveValue('41');

  await user.clear(within(form).getByLabelText('Besök'));
  await user.type(within(form).getByLabelText('Besök'), '93');
  await user.clear(within(form).getByLabelText('Telefon'));
  await user.type(within(form).getByLabelText('Telefon'), '40{Enter}');
  expect(reported()).toEqual({ visit: 93, phone: 40 });
  expect(screen.getByRole('button', { name: 'Ångra' })).toHaveAttribute('title', 'Ångra källans summor för informanterna i omgången 2016 (Ctrl+Z)');
  expect(screen.getByText('Raderna stämmer med källans sammanställning. Raderna ger 93 besök och 40 per telefon, 133 i allt. Källans sammanställning anger 93 besök och 40 per telefon, 133 i allt.')).toBeInTheDocument();
});

test('a total that is not a number is refused beside its field', async () => {
  const user = userEvent.setup();
  const { services } = openPage();
  const form = screen.getByRole('form', { name: 'Summa enligt källan' });
  await user.clear(within(form).getByLabelText('Telefon'));
  await user.type(within(form).getByLabelText('Telefon'), 'fyrtio{Enter}');
  expect(within(form).getByLabelText('Telefon')).toHaveAttribute('aria-invalid', 'true');
  expect(within(form).getByLabelText('Telefon')).toHaveAccessibleDescription(expect.stringContaining('antalet ska vara ett heltal, 0 eller mer'));
  expect(within(form).getByLabelText('Telefon')).toHaveFocus();
  expect(roundRecordOf(services.workspaceStore.getState(), '2016').reported).toEqual({ visit: 92, phone: 41 });
});

test('a round without informants says so and offers the example of 2016, in English too', () => {
  renderWithServices(<InformantsPage />, { assessments: {} }, freshTestStorage(), 'en');
  expect(screen.getByText(/^No informants have been entered in the round/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Get the example from 2016' })).toHaveAttribute('href', 'examples/informants-2016.json');
  expect(screen.getByRole('table', { name: 'Informants per county' })).toBeInTheDocument();
  expect(screen.queryByText(/source's summary/)).toBeNull();
});
