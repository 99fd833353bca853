import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { workspaceWithRound, type Workspace } from '../../src/domain/workspace/workspace';
import ReconcilePage from '../../src/features/reconcile/reconcile-page';
import { raterChoice } from '../../src/store/rater-choice';
import { TEST_ROUND } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const round = TEST_ROUND.id;
const AREA_ONE_READS = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6'];

/** Anna and Bo have scored what area 1's rule reads in Jönköping: 2 everywhere but where they differ. */
function twoRaters({ annaDone = true, boDone = true, agreed = {} as Record<string, Score> } = {}): Workspace {
  const changes: Change[] = [
    { field: 'rater', rater: 'anna', value: { name: 'Anna' } },
    { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  ];
  const differ: Record<string, Record<string, Score>> = { anna: { '1.2': 1 }, bo: { '1.3': 0 } };
  for (const rater of ['anna', 'bo']) {
    for (const statement of AREA_ONE_READS) {
      changes.push({ field: 'score', round, rater, county: '06', statement, value: differ[rater]?.[statement] ?? 2 });
    }
  }
  if (annaDone) changes.push({ field: 'done', round, rater: 'anna', county: '06', value: true });
  if (boDone) changes.push({ field: 'done', round, rater: 'bo', county: '06', value: true });
  for (const [statement, value] of Object.entries(agreed)) changes.push({ field: 'score', round, rater: AGREED, county: '06', statement, value });
  return applyChanges(workspaceWithRound(TEST_ROUND), changes);
}

const table = () => screen.getByRole('table', { name: /^Bedömarnas poäng och gemensam poäng för Jönköping/ });
const agreedGroup = (statement: string) => screen.getByRole('group', { name: `Gemensam poäng för ${statement}` });

afterEach(() => raterChoice.getState().setRater(''));

test('the statements the raters disagree on come first, widest spread first, each rater in a column', () => {
  renderWithServices(<ReconcilePage code="06" />, twoRaters());
  const rows = within(table()).getAllByRole('row');
  expect(within(rows[0] as HTMLElement).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
    'Påstående',
    'Anna',
    'Bo',
    'Spridning',
    'Gemensam poäng',
  ]);
  expect(rows[1]).toHaveTextContent(/^1\.3/);
  expect(rows[1]).toHaveTextContent('Spridning 2');
  expect(rows[2]).toHaveTextContent(/^1\.2/);
  expect(rows[2]).toHaveTextContent('Spridning 1');
  expect(rows[3]).toHaveTextContent(/^1\.1.*eniga/);
});

test('taking over the unanimous scores sets them as one undoable step and leaves the disagreements open', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ReconcilePage code="06" />, twoRaters());
  await user.click(screen.getByRole('button', { name: 'Ta över samstämmiga poäng (12 påståenden)' }));

  const state = services.workspaceStore.getState();
  const agreed = state.data[round]?.agreed['06']?.scores ?? {};
  expect(Object.keys(agreed).sort()).toEqual(AREA_ONE_READS.filter((id) => id !== '1.2' && id !== '1.3').sort());
  expect(within(agreedGroup('1.2')).getByRole('radio', { name: 'Ej satt' })).toBeChecked();
  expect(state.past.at(-1)?.what).toEqual({ kind: 'agree', count: 12 });

  state.undo();
  expect(services.workspaceStore.getState().data[round]?.agreed['06']).toBeUndefined();
});

test('taking over never overwrites an agreed score the group has already set', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ReconcilePage code="06" />, twoRaters({ agreed: { '1.1': 1 } }));
  await user.click(screen.getByRole('button', { name: 'Ta över samstämmiga poäng (11 påståenden)' }));
  expect(services.workspaceStore.getState().data[round]?.agreed['06']?.scores['1.1']).toBe(1);
});

test('an agreed score that differs from a rater asks for a reason, typed with the keyboard alone', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ReconcilePage code="06" />, twoRaters());
  within(agreedGroup('1.2')).getByRole('radio', { name: 'Ej satt' }).focus();
  await user.keyboard('2');
  expect(within(agreedGroup('1.2')).getByRole('radio', { name: '2' })).toBeChecked();

  const reason = screen.getByLabelText('Motivering för 1.2');
  expect(reason).toBeInvalid();
  expect(screen.getByText('Skriv varför den gemensamma poängen skiljer sig från en bedömares.')).toBeInTheDocument();
  await user.type(reason, 'Båda forumen finns.');
  expect(services.workspaceStore.getState().data[round]?.reasons['06']?.['1.2']).toBe('Båda forumen finns.');
  expect(reason).toBeValid();
});

test('a rater who is not done with the county is shown no one else’s scores', () => {
  raterChoice.getState().setRater('bo');
  renderWithServices(<ReconcilePage code="06" />, twoRaters({ boDone: false }));
  expect(screen.queryByRole('table', { name: /^Bedömarnas poäng/ })).not.toBeInTheDocument();
  expect(screen.getByText(/Markera länet som klart på länets sida/)).toBeInTheDocument();
});

test('a rater not yet done is named and left out of the table', () => {
  renderWithServices(<ReconcilePage code="06" />, twoRaters({ boDone: false }));
  expect(screen.getByText('Inte klara med länet, och därför inte visade: Bo.')).toBeInTheDocument();
  expect(within(table()).queryByRole('columnheader', { name: 'Bo' })).not.toBeInTheDocument();
});

test('the group sets an area’s level against the rule only with a reason, and the rule’s level stays beside it', async () => {
  const user = userEvent.setup();
  const agreed = Object.fromEntries(AREA_ONE_READS.map((id) => [id, 2 as Score]));
  const { services } = renderWithServices(<ReconcilePage code="06" />, twoRaters({ agreed }));
  expect(screen.getByText('Regelns nivå: 3 Välutvecklad struktur')).toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Gruppens nivå för område 1' }), '1');
  await user.click(screen.getByRole('button', { name: 'Spara nivån för område 1' }));
  expect(screen.getByText('Skriv varför gruppen sätter en annan nivå än regeln.')).toBeInTheDocument();
  expect(services.workspaceStore.getState().data[round]?.levels['06']).toBeUndefined();

  await user.type(screen.getByLabelText('Motivering för gruppens nivå i område 1 (krävs)'), 'Mandatet saknas i praktiken.');
  await user.click(screen.getByRole('button', { name: 'Spara nivån för område 1' }));
  expect(services.workspaceStore.getState().data[round]?.levels['06']?.['1']).toEqual({ level: 1, reason: 'Mandatet saknas i praktiken.' });
  expect(screen.getByText('Gruppens nivå nu: 2 Bitvis välutvecklad struktur. Motivering: Mandatet saknas i praktiken.')).toBeInTheDocument();
  expect(screen.getByText('Regelns nivå: 3 Välutvecklad struktur')).toBeInTheDocument();

  // Ångra takes the level back, and the form follows what is stored.
  act(() => services.workspaceStore.getState().undo());
  expect(screen.getByRole('combobox', { name: 'Gruppens nivå för område 1' })).toHaveValue('regel');
  expect(screen.queryByLabelText('Motivering för gruppens nivå i område 1 (krävs)')).not.toBeInTheDocument();
  expect(screen.queryByText(/^Gruppens nivå nu:/)).not.toBeInTheDocument();
});

test('an area the agreed scores leave unrated offers no group level', () => {
  renderWithServices(<ReconcilePage code="06" />, twoRaters());
  expect(screen.queryByRole('combobox', { name: 'Gruppens nivå för område 1' })).not.toBeInTheDocument();
  expect(screen.getAllByText(/^Ej bedömt enligt regeln/)).toHaveLength(6);
});
