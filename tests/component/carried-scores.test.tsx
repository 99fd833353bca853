import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import type { RoundDetails, Workspace } from '../../src/domain/workspace/workspace';
import { CountyListPage } from '../../src/features/counties/county-list-page';
import FiguresPage from '../../src/features/figures/figures-page';
import { UndoControls } from '../../src/features/history/undo-controls';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { raterChoice } from '../../src/store/rater-choice';
import { loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

afterEach(() => raterChoice.getState().setRater(AGREED));

const instrument = loadInstrument();
const details = (period: string, startsFrom?: string): RoundDetails => ({
  name: period,
  period,
  criteria: 'bilaga1-2016',
  ruleRevision: instrument.criteria.revision,
  ...(startsFrom === undefined ? {} : { startsFrom }),
});
const score = (round: string, county: string, statement: string, value: Score): Change => ({ field: 'score', round, rater: AGREED, county, statement, value });

/** 2016 with every statement agreed at 1 in Jönköping and Kalmar; 2026 starts from it, with 1.2 agreed at 2 in Jönköping. */
function workspace(): Workspace {
  const base: Workspace = { rounds: { '2016': details('2016'), '2026': details('2026', '2016') }, raters: { bo: { name: 'Bo' } }, data: {} };
  const earlier = ['06', '08'].flatMap((county) => instrument.statementIds.map((id) => score('2016', county, id, 1)));
  return applyChanges(base, [...earlier, score('2026', '06', '1.2', 2)]);
}

const statement = (id: string) => screen.getByRole('group', { name: new RegExp(`^${id.replace('.', '\\.')} `) });
const ratingPanel = (area: string) => screen.getByRole('complementary', { name: `Bedömning område ${area}` });

test('a carried-over score is shown under its statement as not confirmed, and the radio group keeps "Ej poängsatt"', () => {
  renderWithServices(<ScoringPage code="06" />, workspace());
  const item = within(statement('1.1'));
  expect(item.getByText('Överförd från 2016: 1 – till viss del. Inte bekräftad.')).toBeInTheDocument();
  expect(item.getByRole('radio', { name: 'Ej poängsatt' })).toBeChecked();
  expect(item.getByRole('button', { name: 'Bekräfta 1.1' })).toBeInTheDocument();
  // A statement the new round has scored suggests nothing.
  expect(within(statement('1.2')).queryByText(/^Överförd från/)).not.toBeInTheDocument();
  expect(within(statement('1.2')).getByRole('radio', { name: '2 Väl uppfyllt' })).toBeChecked();
});

test('"Bekräfta" writes the carried value as the agreed score, checks its radio with the focus on it and ends the suggestion', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />, workspace());
  await user.click(screen.getByRole('button', { name: 'Bekräfta 1.1' }));
  expect(services.workspaceStore.getState().data['2026']?.agreed['06']?.scores['1.1']).toBe(1);
  const radio = within(statement('1.1')).getByRole('radio', { name: '1 Till viss del' });
  expect(radio).toBeChecked();
  expect(radio).toHaveFocus();
  expect(within(statement('1.1')).queryByText(/^Överförd från/)).not.toBeInTheDocument();
});

test('choosing another score ends the suggestion as well', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />, workspace());
  await user.click(within(statement('3.1')).getByRole('radio', { name: '2 Väl uppfyllt' }));
  expect(services.workspaceStore.getState().data['2026']?.agreed['06']?.scores['3.1']).toBe(2);
  expect(within(statement('3.1')).queryByRole('button', { name: 'Bekräfta 3.1' })).not.toBeInTheDocument();
});

test('the area is not rated while its scores are only carried over, and says how many it leaves out', () => {
  renderWithServices(<ScoringPage code="06" />, workspace());
  const panel = within(ratingPanel('3'));
  expect(panel.getByText('Nivå: Ej bedömd')).toBeInTheDocument();
  expect(panel.getByText('3 överförda poäng från 2016 som nivån läser är inte bekräftade och räknas inte.')).toBeInTheDocument();
  // Area 1 reads 2.1–2.6 too; 1.2 is the new round's own.
  expect(within(ratingPanel('1')).getByRole('button', { name: 'Bekräfta alla överförda poäng (13) för område 1' })).toHaveTextContent('Bekräfta alla överförda poäng (13)');
});

test('"Bekräfta alla" for an area is one undoable step that rates the area, and undo makes them suggestions again', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(
    <>
      <UndoControls />
      <ScoringPage code="06" />
    </>,
    workspace(),
  );
  await user.click(screen.getByRole('button', { name: 'Bekräfta alla överförda poäng (3) för område 3' }));

  const state = services.workspaceStore.getState();
  expect(state.data['2026']?.agreed['06']?.scores).toMatchObject({ '3.1': 1, '3.2': 1, '3.3': 1 });
  expect(state.past.at(-1)?.what).toEqual({ kind: 'carried', round: '2026', county: '06', area: '3', count: 3 });
  expect(within(ratingPanel('3')).getByText('Nivå: Bitvis välutvecklat stöd')).toBeInTheDocument();
  const status = screen.getByText(/^3 överförda poäng för område 3 är bekräftade och räknas nu\./);
  expect(status).toHaveAttribute('role', 'status');
  expect(status).toHaveFocus();
  expect(within(statement('3.1')).queryByText(/^Överförd från/)).not.toBeInTheDocument();

  const undo = screen.getByRole('button', { name: 'Ångra' });
  expect(undo).toHaveAttribute('title', 'Ångra bekräftelsen av 3 överförda poäng för område 3 i Jönköping (Ctrl+Z)');
  await user.click(undo);
  expect(await within(statement('3.1')).findByText('Överförd från 2016: 1 – till viss del. Inte bekräftad.')).toBeInTheDocument();
  expect(within(ratingPanel('3')).getByText('Nivå: Ej bedömd')).toBeInTheDocument();
});

test('a rater scoring as themselves sees no carried-over scores: they are the group’s', () => {
  raterChoice.getState().setRater('bo');
  renderWithServices(<ScoringPage code="06" />, workspace());
  expect(screen.queryByText(/^Överförd från/)).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Bekräfta/ })).not.toBeInTheDocument();
});

test('the county list and the figures say how many counties have unconfirmed carried-over scores, which they do not count', () => {
  const { unmount } = renderWithServices(<CountyListPage />, workspace());
  expect(screen.getByText('2 län har överförda poäng från 2016 som inte är bekräftade. De räknas inte i nivåerna förrän de bekräftas.')).toBeInTheDocument();
  unmount();
  renderWithServices(<FiguresPage />, workspace());
  expect(screen.getByText('2 län har överförda poäng från 2016 som inte är bekräftade. De räknas inte i figurerna förrän de bekräftas.')).toBeInTheDocument();
  // Nothing of 2026 is confirmed: no county is rated in any figure.
  expect(screen.getAllByText(/^0 av 21 bedömda/).length).toBeGreaterThanOrEqual(instrument.areas.length);
  expect(screen.queryByText(/^[1-9]\d* av 21 bedömda/)).not.toBeInTheDocument();
});

test('the earlier round itself has no such line', () => {
  renderWithServices(<FiguresPage />, workspace(), undefined, 'sv', {}, '2016');
  expect(screen.queryByText(/överförda poäng/)).not.toBeInTheDocument();
});

test('in English the suggestion and its buttons are English', () => {
  renderWithServices(<ScoringPage code="06" />, workspace(), undefined, 'en');
  expect(within(statement('1.1')).getByText('Carried over from 2016: 1 – to some extent. Not confirmed.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Confirm 1.1' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Confirm all carried-over scores (3) for area 3' })).toBeInTheDocument();
});
