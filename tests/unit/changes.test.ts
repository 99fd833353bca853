import fc from 'fast-check';
import { expect, test } from 'vitest';
import { applyChanges, changesToClear, diffWorkspaces, inverseOf, type Change } from '../../src/domain/workspace/changes';
import { planImport } from '../../src/domain/workspace/import-plan';
import { mergeStamped } from '../../src/domain/workspace/stamps';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { allStatementIds, loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);
const codes = instrument.counties.map((county) => county.code);

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    county: fc.constantFrom(...codes),
    statement: fc.constantFrom(...ids),
    field: fc.constant('score' as const),
    value: fc.constantFrom(0 as const, 1 as const, 2 as const, null),
  }),
  fc.record({
    county: fc.constantFrom(...codes),
    statement: fc.constantFrom(...ids),
    field: fc.constant('note' as const),
    value: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 20 })),
  }),
);
const workspaceArb: fc.Arbitrary<RoundScores> = fc.array(changeArb, { maxLength: 40 }).map((changes) => applyChanges({ assessments: {} }, changes));

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

test('clearing counties removes all their scores and notes and nothing else', () => {
  const workspace = applyChanges({ assessments: {} }, [
    { county: '06', statement: '1.1', field: 'score', value: 2 },
    { county: '06', statement: '1.1', field: 'note', value: 'x' },
    { county: '07', statement: '2.2', field: 'score', value: 0 },
  ]);
  expect(applyChanges(workspace, changesToClear(workspace, ['06']))).toEqual({
    assessments: { '07': { scores: { '2.2': 0 }, notes: {} } },
  });
});

test('of two stamped changes to the same value the later one wins in whichever order they arrive', () => {
  const early = { change: { county: '06', statement: '1.1', field: 'score' as const, value: 0 as const }, stamp: { at: 1, tab: 'a' } };
  const late = { change: { county: '06', statement: '1.1', field: 'score' as const, value: 2 as const }, stamp: { at: 2, tab: 'b' } };
  for (const order of [[early, late], [late, early]]) {
    expect(mergeStamped({ assessments: {} }, {}, order).workspace.assessments['06']?.scores['1.1']).toBe(2);
  }
});

test('stamps at the same moment are ordered by tab so every tab reaches the same value', () => {
  const fromA = { change: { county: '01', statement: '3.1', field: 'score' as const, value: 1 as const }, stamp: { at: 5, tab: 'a' } };
  const fromB = { change: { county: '01', statement: '3.1', field: 'score' as const, value: 2 as const }, stamp: { at: 5, tab: 'b' } };
  const one = mergeStamped({ assessments: {} }, {}, [fromA, fromB]).workspace;
  const other = mergeStamped({ assessments: {} }, {}, [fromB, fromA]).workspace;
  expect(one).toEqual(other);
});

test('merging an import keeps what the file does not mention; replacing keeps only the file', () => {
  const current = applyChanges({ assessments: {} }, [
    { county: '01', statement: '1.1', field: 'score', value: 1 },
    { county: '06', statement: '1.2', field: 'score', value: 0 },
  ]);
  const incoming = applyChanges({ assessments: {} }, [{ county: '06', statement: '1.2', field: 'score', value: 2 }]);

  const merged = planImport(current, incoming, 'merge');
  expect(merged.result.assessments).toEqual({ '01': { scores: { '1.1': 1 }, notes: {} }, '06': { scores: { '1.2': 2 }, notes: {} } });
  expect(merged.scoreChanges).toEqual([{ county: '06', statement: '1.2', from: 0, to: 2 }]);
  expect(merged.countiesRemoved).toEqual([]);

  const replaced = planImport(current, incoming, 'replace');
  expect(replaced.result).toEqual(incoming);
  expect(replaced.countiesRemoved).toEqual(['01']);
});

test('an import plan applied to the current workspace gives exactly the previewed result', () => {
  fc.assert(
    fc.property(workspaceArb, workspaceArb, fc.constantFrom('merge' as const, 'replace' as const), (current, incoming, mode) => {
      const plan = planImport(current, incoming, mode);
      expect(applyChanges(current, plan.changes)).toEqual(plan.result);
      expect(plan.scoreChanges.length + plan.noteChanges.length).toBe(plan.changes.length);
    }),
  );
});
