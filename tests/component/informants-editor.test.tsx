import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import type { Informant } from '../../src/domain/informants/informant';
import { applyChanges } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, roundRecordOf, type Workspace } from '../../src/domain/workspace/workspace';
import { InformantsSection } from '../../src/features/scoring/informants-section';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { freshTestStorage, renderWithServices } from './render-with-services';

const ROUND = '2016';
const sektion: Informant = { organisation: 'Sektion folkhälsa', tier: 'region', visit: 0, phone: 1, position: 1 };

/** Round 2016 with Jönköping's first two organisations of Bilaga 3. */
const workspace: Workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: ROUND, value: { name: 'Länsinventering 2016', period: '2016-03', criteria: 'bilaga1-2016' } },
  { field: 'informant', round: ROUND, county: '06', informant: 'b', value: sektion },
  { field: 'informant', round: ROUND, county: '06', informant: 'a', value: { organisation: 'Kommunal utveckling - FoUrum social välfärd', tier: 'lansgemensam', visit: 2, phone: 0, position: 0 } },
]);

const informantsOf = (state: Workspace, county = '06') => roundRecordOf(state, ROUND).informants[county] ?? {};

async function openSection(user: ReturnType<typeof userEvent.setup>, summary = 'Informanter (2 organisationer)') {
  await user.click(screen.getByText(summary));
  return screen.findByRole('form', { name: 'Lägg till en organisation' });
}

const renderSection = () => renderWithServices(<InformantsSection countyCode="06" countyName="Jönköping" />, workspace, freshTestStorage(), 'sv', {}, ROUND);

test('the county page has the informants folded away, under a summary with their number', () => {
  renderWithServices(<ScoringPage code="06" />, workspace, freshTestStorage(), 'sv', {}, ROUND);
  const summary = screen.getByText('Informanter (2 organisationer)');
  expect(summary.closest('details')).not.toHaveAttribute('open');
  expect(screen.queryByRole('form', { name: 'Lägg till en organisation' })).toBeNull();
});

test('opened, it lists the county’s organisations in the list’s order, with why there is no field for a name', async () => {
  const user = userEvent.setup();
  renderSection();
  const form = await openSection(user);
  const table = screen.getByRole('table', { name: 'Informanter i Jönköping, Länsinventering 2016' });
  expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Kommunal utveckling - FoUrum social välfärd', 'Sektion folkhälsa']);
  expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Sektion folkhälsaRegion01');
  const privacy = 'Bara organisationer och roller förs in, inga namn: informanternas namn är personuppgifter som inventeringen inte behöver.';
  expect(within(form).getByText(privacy)).toBeInTheDocument();
  expect(within(form).getByLabelText('Organisation eller roll')).toHaveAccessibleDescription(expect.stringContaining(privacy));
  for (const name of ['Organisation eller roll', 'Besök', 'Telefon', 'Anmärkning']) expect(within(form).getByRole('textbox', { name })).toBeInTheDocument();
  expect(within(form).getAllByRole('textbox')).toHaveLength(4);
  expect(within(form).queryByLabelText(/namn/i)).toBeNull();
  expect(within(form).getByLabelText('Datum')).toHaveAttribute('type', 'date');
  expect(within(form).getByRole('combobox', { name: 'Nivå' })).toHaveDisplayValue('Region');
  expect(within(within(form).getByRole('combobox', { name: 'Nivå' })).getAllByRole('option').map((option) => option.textContent)).toEqual([
    'Länsgemensam',
    'Landsting',
    'Region',
    'Kommun',
    'Delregional',
    'Annan',
  ]);
});

test('a new organisation is added at the end of the list as one step that undo takes back, and the form is ready for the next', async () => {
  const user = userEvent.setup();
  const { services } = renderSection();
  const form = await openSection(user);
  await user.type(within(form).getByLabelText('Organisation eller roll'), ' Höglandets Samordningsförbund ');
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Nivå' }), 'Annan');
  await user.clear(within(form).getByLabelText('Telefon'));
  await user.type(within(form).getByLabelText('Telefon'), '1{Enter}');

  expect(await screen.findByRole('status')).toHaveTextContent('Höglandets Samordningsförbund är tillagd.');
  const added = Object.entries(informantsOf(services.workspaceStore.getState())).find(([id]) => id !== 'a' && id !== 'b');
  expect(added?.[1]).toEqual({ organisation: 'Höglandets Samordningsförbund', tier: 'annan', visit: 0, phone: 1, position: 2 });
  expect(screen.getAllByRole('rowheader').at(-1)).toHaveTextContent('Höglandets Samordningsförbund');
  expect(screen.getByText('Informanter (3 organisationer)')).toBeInTheDocument();
  expect(within(form).getByLabelText('Organisation eller roll')).toHaveValue('');
  expect(within(form).getByLabelText('Organisation eller roll')).toHaveFocus();
  expect(within(form).getByRole('combobox', { name: 'Nivå' })).toHaveDisplayValue('Annan');

  services.workspaceStore.getState().undo();
  expect(Object.keys(informantsOf(services.workspaceStore.getState())).sort()).toEqual(['a', 'b']);
});

test('what is wrong is said beside each field, which is marked invalid and described by it, and nothing is saved', async () => {
  const user = userEvent.setup();
  const { services } = renderSection();
  const form = await openSection(user);
  await user.clear(within(form).getByLabelText('Besök'));
  await user.type(within(form).getByLabelText('Besök'), 'två');
  await user.type(within(form).getByLabelText('Telefon'), '-');
  await user.click(within(form).getByRole('button', { name: 'Lägg till' }));

  const organisation = within(form).getByLabelText('Organisation eller roll');
  expect(organisation).toHaveAttribute('aria-invalid', 'true');
  expect(organisation).toHaveAccessibleDescription(expect.stringContaining('organisationen måste ha ett namn'));
  expect(organisation).toHaveFocus();
  expect(within(form).getByLabelText('Besök')).toHaveAccessibleDescription('Antal personer antalet ska vara ett heltal, 0 eller mer');
  expect(within(form).getByLabelText('Telefon')).toHaveAccessibleDescription('Antal personer antalet ska vara ett heltal, 0 eller mer');
  expect(within(form).getByLabelText('Datum')).toHaveAttribute('aria-invalid', 'false');
  expect(Object.keys(informantsOf(services.workspaceStore.getState()))).toHaveLength(2);
});

test('an organisation is changed in place, keeping its position, and the change is one step', async () => {
  const user = userEvent.setup();
  const { services } = renderSection();
  await openSection(user);
  await user.click(screen.getByRole('button', { name: 'Ändra Sektion folkhälsa' }));
  const form = screen.getByRole('form', { name: 'Ändra Sektion folkhälsa' });
  const organisation = within(form).getByLabelText('Organisation eller roll');
  expect(organisation).toHaveFocus();
  expect(organisation).toHaveValue('Sektion folkhälsa');
  await user.type(within(form).getByLabelText('Datum'), '2016-03-02');
  await user.type(within(form).getByLabelText('Anmärkning'), 'Per telefon efter besöket');
  await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));

  expect(screen.getByRole('status')).toHaveTextContent('Ändringarna av Sektion folkhälsa är sparade.');
  expect(informantsOf(services.workspaceStore.getState()).b).toEqual({ ...sektion, date: '2016-03-02', note: 'Per telefon efter besöket' });
  expect(screen.getByRole('form', { name: 'Lägg till en organisation' })).toBeInTheDocument();
  services.workspaceStore.getState().undo();
  expect(informantsOf(services.workspaceStore.getState()).b).toEqual(sektion);
});

test('cancelling a change saves nothing and gives the focus back to the row’s button', async () => {
  const user = userEvent.setup();
  const { services } = renderSection();
  await openSection(user);
  await user.click(screen.getByRole('button', { name: 'Ändra Sektion folkhälsa' }));
  await user.type(screen.getByLabelText('Organisation eller roll'), ' X');
  await user.click(screen.getByRole('button', { name: 'Avbryt' }));

  expect(informantsOf(services.workspaceStore.getState()).b).toEqual(sektion);
  await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra Sektion folkhälsa' }));
});

test('an organisation is removed as one step that undo takes back', async () => {
  const user = userEvent.setup();
  const { services } = renderSection();
  await openSection(user);
  await user.click(screen.getByRole('button', { name: 'Ta bort Sektion folkhälsa' }));

  expect(screen.getByRole('status')).toHaveTextContent('Sektion folkhälsa är borttagen. Du kan ångra med «Ångra» överst på sidan.');
  expect(Object.keys(informantsOf(services.workspaceStore.getState()))).toEqual(['a']);
  expect(screen.getByText('Informanter (1 organisation)')).toBeInTheDocument();
  services.workspaceStore.getState().undo();
  expect(informantsOf(services.workspaceStore.getState()).b).toEqual(sektion);
});

test('a county without organisations says so, in English too', async () => {
  const user = userEvent.setup();
  renderWithServices(<InformantsSection countyCode="25" countyName="Norrbotten" />, workspace, freshTestStorage(), 'en', {}, ROUND);
  await user.click(screen.getByText('Informants (0 organisations)'));
  expect(await screen.findByText('No organisations have been entered for Norrbotten in the round Länsinventering 2016.')).toBeInTheDocument();
  expect(screen.getByRole('form', { name: 'Add an organisation' })).toHaveTextContent(
    "Only organisations and roles are recorded, no names: the informants' names are personal data that the inventory does not need.",
  );
});
