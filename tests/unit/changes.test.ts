import fc from 'fast-check';
import { expect, test } from 'vitest';
import { changesToClear, diffWorkspaces } from '../../src/domain/workspace/change-lists';
import { AGREED, applyChanges, inverseOf, type Change } from '../../src/domain/workspace/changes';
import { planImport } from '../../src/domain/workspace/import-plan';
import { mergeStamped } from '../../src/domain/workspace/stamps';
import { EMPTY_ROUND, EMPTY_WORKSPACE, roundRecordOf } from '../../src/domain/workspace/workspace';
import { agreedOf, agreedScore, oneRound, TEST_ROUND } from './one-round';
import { changeArb, workspaceArb } from './workspace-arbitrary';

test('applying the inverse of any changes gives back the workspace they were applied to', () => {
  fc.assert(
    fc.property(workspaceArb, fc.array(changeArb, { maxLength: 30 }), (workspace, changes) => {
      const inverse = inverseOf(workspace, changes);
      expect(applyChanges(applyChanges(workspace, changes), inverse)).toEqual(workspace);
    }),
  );
});

test('the diff of two workspaces turns the first into the second', () => {
  fc.assert(
    fc.property(workspaceArb, workspaceArb, (from, to) => {
      expect(applyChanges(from, diffWorkspaces(from, to))).toEqual(to);
    }),
  );
});

test('clearing counties removes all their scores and notes, of every hand, in that round and nothing else', () => {
  const round = TEST_ROUND.id;
  const workspace = applyChanges(EMPTY_WORKSPACE, [
    agreedScore('06', '1.1', 2),
    { field: 'note', round, rater: AGREED, county: '06', statement: '1.1', value: 'x' },
    { field: 'score', round, rater: 'anna', county: '06', statement: '1.1', value: 1 },
    agreedScore('07', '2.2', 0),
    { field: 'score', round: '2016', rater: AGREED, county: '06', statement: '1.1', value: 0 },
  ]);
  const cleared = applyChanges(workspace, changesToClear(workspace, round, ['06']));
  expect(roundRecordOf(cleared, round)).toEqual({ ...EMPTY_ROUND, agreed: { '07': { scores: { '2.2': 0 }, notes: {} } } });
  expect(cleared.data['2016']).toBe(workspace.data['2016']);
});

test('of two stamped changes to the same value the later one wins in whichever order they arrive', () => {
  const early = { change: agreedScore('06', '1.1', 0), stamp: { at: 1, tab: 'a' } };
  const late = { change: agreedScore('06', '1.1', 2), stamp: { at: 2, tab: 'b' } };
  for (const order of [[early, late], [late, early]]) {
    expect(agreedOf(mergeStamped(EMPTY_WORKSPACE, {}, order).workspace)['06']?.scores['1.1']).toBe(2);
  }
});

test('stamps at the same moment are ordered by tab so every tab reaches the same value', () => {
  const fromA = { change: agreedScore('01', '3.1', 1), stamp: { at: 5, tab: 'a' } };
  const fromB = { change: agreedScore('01', '3.1', 2), stamp: { at: 5, tab: 'b' } };
  const one = mergeStamped(EMPTY_WORKSPACE, {}, [fromA, fromB]).workspace;
  const other = mergeStamped(EMPTY_WORKSPACE, {}, [fromB, fromA]).workspace;
  expect(one).toEqual(other);
});

test('merging an import keeps what the file does not mention; replacing keeps only the file in its round', () => {
  const current = oneRound({ assessments: { '01': { scores: { '1.1': 1 }, notes: {} }, '06': { scores: { '1.2': 0 }, notes: {} } } });
  const incoming = oneRound({ assessments: { '06': { scores: { '1.2': 2 }, notes: {} } } });

  const merged = planImport(current, incoming, 'merge');
  expect(agreedOf(merged.result)).toEqual({ '01': { scores: { '1.1': 1 }, notes: {} }, '06': { scores: { '1.2': 2 }, notes: {} } });
  expect(merged.scoreChanges).toEqual([{ round: TEST_ROUND.id, rater: AGREED, county: '06', statement: '1.2', from: 0, to: 2 }]);
  expect(merged.countiesRemoved).toEqual([]);

  const replaced = planImport(current, incoming, 'replace');
  expect(replaced.result).toEqual(incoming);
  expect(replaced.countiesRemoved).toEqual([{ round: TEST_ROUND.id, county: '01' }]);
});

const isDetails = (change: Change) => change.field === 'round' || change.field === 'rater';

test('an import plan applied to the current workspace gives exactly the previewed result, and its summary counts every change', () => {
  fc.assert(
    fc.property(workspaceArb, workspaceArb, fc.constantFrom('merge' as const, 'replace' as const), (current, incoming, mode) => {
      const plan = planImport(current, incoming, mode);
      expect(applyChanges(current, plan.changes)).toEqual(plan.result);
      const details = plan.changes.filter(isDetails).length;
      expect(plan.scoreChanges.length + plan.noteChanges.length + plan.otherChanges + details).toBe(plan.changes.length);
    }),
  );
});
