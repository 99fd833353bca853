import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import FiguresPage from '../../src/features/figures/figures-page';
import RoundsPage from '../../src/features/rounds/rounds-page';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { oneRound, TEST_ROUND } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

/** The test round as it was made before the rule had revisions: it records none, so it is on revision 1. */
const { ruleRevision: _current, ...OLD_ROUND } = TEST_ROUND;

/** Jönköping with 4.1 at 1 and 4.2 at 0: "Bitvis" by revision 1, "Outvecklade" by revision 2. */
const workspace = oneRound({ assessments: { '06': allScored(instrument, 1, { '4.2': 0 }) } }, OLD_ROUND);

const figure4 = () => screen.getByRole('table', { name: 'Figur 4. Samarbeten på länsnivå' });
const countiesAt = (level: string) =>
  within(within(figure4()).getByRole('row', { name: new RegExp(`^${level}`) })).getAllByRole('cell')[1]?.textContent;

test('a round on revision 1 is counted with the rule of revision 1, and the figures page says so and what changed', () => {
  renderWithServices(<FiguresPage />, workspace);
  expect(countiesAt('Bitvis välutvecklade samarbeten och överblick')).toBe('Jönköping');
  expect(screen.getByText(/^Omgången bedöms mot regelns revision 1\. I revision 2 kräver nivån ”Bitvis välutvecklade samarbeten och överblick” \(område 4\) också/)).toBeInTheDocument();
});

test('moving the round to revision 2 counts it with the current rule, says so with focus, and undo moves it back', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<FiguresPage />, workspace);
  await user.click(screen.getByRole('button', { name: 'Flytta till revision 2' }));

  expect(services.workspaceStore.getState().rounds[TEST_ROUND.id]?.ruleRevision).toBe(2);
  expect(countiesAt('Outvecklade samarbeten och överblick')).toBe('Jönköping');
  const status = screen.getByText(new RegExp(`^Omgången ${TEST_ROUND.name} bedöms nu mot regelns revision 2\\.`));
  expect(status).toHaveAttribute('role', 'status');
  expect(status).toHaveFocus();

  services.workspaceStore.getState().undo();
  expect(await screen.findByText(/^Omgången bedöms mot regelns revision 1\./)).toBeInTheDocument();
  expect(countiesAt('Bitvis välutvecklade samarbeten och överblick')).toBe('Jönköping');
});

test('a round on the current revision shows no notice', () => {
  renderWithServices(<FiguresPage />, { assessments: {} });
  expect(screen.queryByRole('button', { name: /^Flytta till revision/ })).not.toBeInTheDocument();
});

test('the rounds page names each round on an earlier revision, with a button described by its notice', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<RoundsPage />, workspace);
  const button = screen.getByRole('button', { name: 'Flytta till revision 2' });
  expect(button).toHaveAccessibleDescription(new RegExp(`^Omgången ${TEST_ROUND.name} bedöms mot regelns revision 1\\.`));
  await user.click(button);
  const { id: _id, ...details } = OLD_ROUND;
  expect(services.workspaceStore.getState().rounds[TEST_ROUND.id]).toEqual({ ...details, ruleRevision: 2 });
  expect(screen.queryByRole('button', { name: 'Flytta till revision 2' })).not.toBeInTheDocument();
});

test('in English the notice and its button are English', () => {
  renderWithServices(<FiguresPage />, workspace, undefined, 'en');
  expect(screen.getByText(/^The round is rated with revision 1 of the rule\. In revision 2 the level/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Move to revision 2' })).toBeInTheDocument();
});
