import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { changesOf, changesToClear, changesToDeleteRound, diffWorkspaces, emptied } from '../../src/domain/workspace/change-lists';
import { AGREED, applyChange, applyChanges, changeKey, inverseOf, isNoOp, valueBefore, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_ROUND, EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { changeArb, POOL, workspaceArb } from './workspace-arbitrary';

const R = '2026';
const ROUND_2026 = { name: 'Uppföljning 2026', period: '2026', criteria: 'bilaga1-2016' };

/** One change of every kind, with the blank value that removes it and another value it can replace. */
const KINDS: { kind: string; change: Change; blank: Change; other: Change }[] = [
  {
    kind: 'an agreed score',
    change: { field: 'score', round: R, rater: AGREED, county: '06', statement: '4.2', value: 1 },
    blank: { field: 'score', round: R, rater: AGREED, county: '06', statement: '4.2', value: null },
    other: { field: 'score', round: R, rater: AGREED, county: '06', statement: '4.2', value: 0 },
  },
  {
    kind: 'a rater’s score',
    change: { field: 'score', round: R, rater: 'anna', county: '06', statement: '4.2', value: 2 },
    blank: { field: 'score', round: R, rater: 'anna', county: '06', statement: '4.2', value: null },
    other: { field: 'score', round: R, rater: 'anna', county: '06', statement: '4.2', value: 1 },
  },
  {
    kind: 'an agreed note',
    change: { field: 'note', round: R, rater: AGREED, county: '06', statement: '4.2', value: 'Se intervju 3' },
    blank: { field: 'note', round: R, rater: AGREED, county: '06', statement: '4.2', value: '' },
    other: { field: 'note', round: R, rater: AGREED, county: '06', statement: '4.2', value: 'Enligt regionen' },
  },
  {
    kind: 'a rater’s note',
    change: { field: 'note', round: R, rater: 'anna', county: '06', statement: '4.2', value: 'Bara två huvudmän' },
    blank: { field: 'note', round: R, rater: 'anna', county: '06', statement: '4.2', value: ' \n ' },
    other: { field: 'note', round: R, rater: 'anna', county: '06', statement: '4.2', value: 'Alla huvudmän' },
  },
  {
    kind: 'a reason',
    change: { field: 'reason', round: R, county: '06', statement: '4.2', value: 'Anna gav 2, men överblicken är ofullständig.' },
    blank: { field: 'reason', round: R, county: '06', statement: '4.2', value: '  ' },
    other: { field: 'reason', round: R, county: '06', statement: '4.2', value: 'Gruppen enades om 1.' },
  },
  {
    kind: 'a done mark',
    change: { field: 'done', round: R, rater: 'anna', county: '06', value: true },
    blank: { field: 'done', round: R, rater: 'anna', county: '06', value: false },
    other: { field: 'done', round: R, rater: 'anna', county: '06', value: true },
  },
  {
    kind: 'a group level',
    change: { field: 'level', round: R, county: '06', area: '4', value: { level: 2, reason: 'Etablerat samarbete sedan 2019.' } },
    blank: { field: 'level', round: R, county: '06', area: '4', value: null },
    other: { field: 'level', round: R, county: '06', area: '4', value: { level: 0, reason: 'Samarbetet har upphört.' } },
  },
  {
    kind: 'a round',
    change: { field: 'round', round: R, value: ROUND_2026 },
    blank: { field: 'round', round: R, value: null },
    other: { field: 'round', round: R, value: { ...ROUND_2026, name: 'Omgång 2026' } },
  },
  {
    kind: 'a rater',
    change: { field: 'rater', rater: 'anna', value: { name: 'Anna L.' } },
    blank: { field: 'rater', rater: 'anna', value: null },
    other: { field: 'rater', rater: 'anna', value: { name: 'Anna Lind' } },
  },
];

/** A workspace that holds something else beside the value each kind changes. */
const NEIGHBOURS: Workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: '2016', value: { ...ROUND_2026, name: '2016', period: '2016' } },
  { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  { field: 'score', round: R, rater: AGREED, county: '06', statement: '1.1', value: 2 },
  { field: 'score', round: R, rater: 'bo', county: '06', statement: '4.2', value: 2 },
  { field: 'note', round: '2016', rater: AGREED, county: '06', statement: '4.2', value: 'Från 2016' },
  { field: 'done', round: R, rater: 'bo', county: '06', value: true },
  { field: 'level', round: R, county: '25', area: '4', value: { level: 1, reason: 'Se protokollet.' } },
  { field: 'reason', round: R, county: '06', statement: '1.1', value: 'Bo gav 1.' },
]);

const BASES: [string, Workspace][] = [
  ['an empty workspace', EMPTY_WORKSPACE],
  ['a workspace with other values', NEIGHBOURS],
];

describe.each(KINDS)('$kind', ({ change, blank, other }) => {
  test.each(BASES)('applies to %s, and its inverse gives that workspace back', (_, base) => {
    const after = applyChange(base, change);
    expect(valueBefore(after, change)).toEqual(change);
    expect(applyChanges(after, inverseOf(base, [change]))).toStrictEqual(base);
  });

  test('replaces another value, and its inverse brings that value back', () => {
    const before = applyChange(NEIGHBOURS, other);
    const after = applyChange(before, change);
    expect(valueBefore(after, change)).toEqual(change);
    expect(applyChanges(after, inverseOf(before, [change]))).toStrictEqual(before);
  });

  test.each(BASES)('is a no-op on %s when its value is already there', (_, base) => {
    const after = applyChange(base, change);
    expect(isNoOp(after, change)).toBe(true);
    expect(applyChange(after, change)).toStrictEqual(after);
    expect(isNoOp(base, blank)).toBe(true);
    expect(applyChange(base, blank)).toStrictEqual(base);
  });

  test.each(BASES)('once emptied leaves %s as it was, with no empty container behind', (_, base) => {
    expect(applyChanges(base, [change, blank])).toStrictEqual(base);
    expect(applyChanges(base, [change, emptied(change)])).toStrictEqual(base);
  });
});

test('an edit keeps the identity of every part of the workspace it does not touch', () => {
  const after = applyChange(NEIGHBOURS, { field: 'score', round: R, rater: AGREED, county: '06', statement: '3.2', value: 1 });
  const [was, now] = [NEIGHBOURS.data[R], after.data[R]];
  expect(now?.agreed).not.toBe(was?.agreed);
  expect(now?.raters).toBe(was?.raters);
  expect(now?.reasons).toBe(was?.reasons);
  expect(now?.levels).toBe(was?.levels);
  expect(now?.done).toBe(was?.done);
  expect(after.data['2016']).toBe(NEIGHBOURS.data['2016']);
  expect(after.rounds).toBe(NEIGHBOURS.rounds);
  expect(after.raters).toBe(NEIGHBOURS.raters);
});

test('a workspace built by any changes and then cleared is the empty workspace', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      expect(applyChanges(workspace, diffWorkspaces(workspace, EMPTY_WORKSPACE))).toStrictEqual(EMPTY_WORKSPACE);
    }),
  );
});

/** Targets compared field by field: the change without its value. */
function sameTarget(a: Change, b: Change): boolean {
  const { value: _a, ...x } = a as Record<string, unknown>;
  const { value: _b, ...y } = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key]);
}

test('two changes have the same key exactly when they change the same value', () => {
  // The second change is often the first's target with another value, so both outcomes are met.
  const pairArb = changeArb.chain((a) => fc.tuple(fc.constant(a), fc.oneof(changeArb, fc.constant(valueBefore(EMPTY_WORKSPACE, a)))));
  fc.assert(
    fc.property(pairArb, ([a, b]) => {
      expect(changeKey(a) === changeKey(b)).toBe(sameTarget(a, b));
    }),
    { numRuns: 2000 },
  );
});

test('every value a workspace holds has a key of its own', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      const changes = changesOf(workspace);
      expect(new Set(changes.map(changeKey)).size).toBe(changes.length);
    }),
  );
});

test('for any workspaces A and B, the diff from A applied to A gives B', () => {
  fc.assert(
    fc.property(workspaceArb, workspaceArb, (a, b) => {
      expect(applyChanges(a, diffWorkspaces(a, b))).toStrictEqual(b);
    }),
  );
});

test('for any workspace and changes, the inverse read before applying them gives the workspace back', () => {
  fc.assert(
    fc.property(workspaceArb, fc.array(changeArb, { maxLength: 30 }), (workspace, changes) => {
      const inverse = inverseOf(workspace, changes);
      expect(applyChanges(applyChanges(workspace, changes), inverse)).toStrictEqual(workspace);
    }),
  );
});

/** Every value the workspace holds, by key. */
const valuesOf = (workspace: Workspace) => Object.fromEntries(changesOf(workspace).map((change) => [changeKey(change), change.value]));

const inRound = (change: Change, round: string) => change.field !== 'rater' && change.round === round;

test('clearing counties removes every hand’s values of those counties in the chosen round, and nothing else', () => {
  const countiesArb = fc.subarray<string>([...POOL.counties]);
  fc.assert(
    fc.property(workspaceArb, fc.constantFrom(...POOL.rounds), countiesArb, (workspace, round, counties) => {
      const changes = changesToClear(workspace, round, counties);
      for (const change of changes) {
        expect(inRound(change, round) && 'county' in change && counties.includes(change.county)).toBe(true);
      }
      const cleared = (change: Change) => inRound(change, round) && 'county' in change && counties.includes(change.county);
      const kept = Object.fromEntries(changesOf(workspace).filter((change) => !cleared(change)).map((change) => [changeKey(change), change.value]));
      expect(valuesOf(applyChanges(workspace, changes))).toEqual(kept);
    }),
  );
});

test('clearing a county takes its agreed and raters’ scores and notes, reasons, levels and done marks in one round only', () => {
  const workspace = applyChanges(NEIGHBOURS, [
    { field: 'level', round: R, county: '06', area: '4', value: { level: 2, reason: 'Etablerat.' } },
    { field: 'score', round: '2016', rater: 'bo', county: '06', statement: '4.2', value: 0 },
  ]);
  const after = applyChanges(workspace, changesToClear(workspace, R, ['06']));
  expect(after.data[R]).toEqual({
    ...EMPTY_ROUND,
    agreed: {},
    reasons: {},
    levels: { '25': { '4': { level: 1, reason: 'Se protokollet.' } } },
    raters: {},
    done: {},
  });
  expect(after.data['2016']).toBe(workspace.data['2016']);
  expect(after.rounds).toBe(workspace.rounds);
  expect(after.raters).toBe(workspace.raters);
});

test('deleting a round removes its details and data and leaves every other round and the raters untouched', () => {
  fc.assert(
    fc.property(workspaceArb, fc.constantFrom(...POOL.rounds), (workspace, round) => {
      const after = applyChanges(workspace, changesToDeleteRound(workspace, round));
      expect(after.rounds[round]).toBeUndefined();
      expect(after.data[round]).toBeUndefined();
      for (const other of POOL.rounds.filter((id) => id !== round)) {
        expect(after.rounds[other]).toBe(workspace.rounds[other]);
        expect(after.data[other]).toBe(workspace.data[other]);
      }
      expect(after.raters).toBe(workspace.raters);
    }),
  );
});

test('deleting a round can be undone in full', () => {
  fc.assert(
    fc.property(workspaceArb, fc.constantFrom(...POOL.rounds), (workspace, round) => {
      const changes = changesToDeleteRound(workspace, round);
      expect(applyChanges(applyChanges(workspace, changes), inverseOf(workspace, changes))).toStrictEqual(workspace);
    }),
  );
});
