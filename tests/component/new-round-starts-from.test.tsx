import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import type { RoundDetails, Workspace } from '../../src/domain/workspace/workspace';
import RoundsPage from '../../src/features/rounds/rounds-page';
import { loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();
const details = (period: string, name = period, startsFrom?: string): RoundDetails => ({
  name,
  period,
  criteria: 'bilaga1-2016',
  ...(startsFrom === undefined ? {} : { startsFrom }),
});
const workspace: Workspace = { rounds: { '2016': details('2016'), '2021': details('2021', 'Uppföljning') }, raters: {}, data: {} };

const startsFrom = () => screen.getByRole('combobox', { name: 'Starta från' });

test('"Starta från" offers an empty round first, then each round by name and period, and says what starting from one means', () => {
  renderWithServices(<RoundsPage />, workspace);
  expect(startsFrom()).toHaveValue('');
  expect(within(startsFrom()).getAllByRole('option').map((option) => option.textContent)).toEqual([
    'Ingen – en tom omgång',
    '2016 (2016)',
    'Uppföljning (2021)',
  ]);
  expect(startsFrom()).toHaveAccessibleDescription(/^Den tidigare omgångens gemensamma poäng föreslås i den nya omgången, markerade som överförda\. De räknas i nivåer och figurer först när någon bekräftar eller ändrar dem\.$/);
});

test('a round made from an earlier one records it, says so, and the table names it', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<RoundsPage />, workspace);
  await user.clear(screen.getByLabelText('Period'));
  await user.type(screen.getByLabelText('Period'), '2026');
  await user.selectOptions(startsFrom(), '2016');
  await user.click(screen.getByRole('button', { name: 'Skapa omgången' }));

  expect(services.workspaceStore.getState().rounds['2026']).toEqual({ ...details('2026', '2026', '2016'), ruleRevision: instrument.criteria.revision });
  expect(screen.getByRole('status')).toHaveTextContent('Omgången 2026 är skapad. De gemensamma poängen från 2016 föreslås i den, tills de bekräftas.');
  const table = screen.getByRole('table', { name: 'Omgångar, den tidigaste först' });
  const row = within(table).getByRole('row', { name: /^2026/ });
  expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toContain('2016');
  expect(within(within(table).getByRole('row', { name: /^2016/ })).getAllByRole('cell').map((cell) => cell.textContent)).toContain('–');
  // Ready for the next round: an empty one unless chosen.
  expect(startsFrom()).toHaveValue('');
});

test('a round cannot start from one that is not earlier: the field says why and has the focus, and nothing is made', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<RoundsPage />, workspace);
  await user.clear(screen.getByLabelText('Period'));
  await user.type(screen.getByLabelText('Period'), '2019');
  await user.selectOptions(startsFrom(), '2021');
  await user.click(screen.getByRole('button', { name: 'Skapa omgången' }));

  expect(startsFrom()).toHaveFocus();
  expect(startsFrom()).toBeInvalid();
  expect(startsFrom()).toHaveAccessibleDescription(/omgången Uppföljning är inte tidigare än den nya omgången \(2019\); välj en tidigare omgång$/);
  expect(services.workspaceStore.getState().rounds['2019']).toBeUndefined();
});

test('a round that names a round no longer there says so in the table', () => {
  renderWithServices(<RoundsPage />, { ...workspace, rounds: { ...workspace.rounds, '2026': details('2026', '2026', '2011') } });
  const row = screen.getByRole('row', { name: /^2026/ });
  expect(within(row).getByText('2011 (finns inte eller är inte tidigare; inga poäng föreslås)')).toBeInTheDocument();
});
