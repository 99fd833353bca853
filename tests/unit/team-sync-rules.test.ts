import fc from 'fast-check';
import { expect, test } from 'vitest';
import { conflictOf } from '../../src/domain/team/conflict';
import { planMoveUp } from '../../src/domain/team/move-up';
import { mayWrite, teamRoleOf } from '../../src/domain/team/team-role';
import { unsentChanges } from '../../src/domain/team/unsent-changes';
import { readValueDoc, toValueDoc, valueDocId, type ValueDoc } from '../../src/domain/team/value-doc';
import { changesOf } from '../../src/domain/workspace/change-lists';
import { AGREED, applyChanges, changeKey, type Change } from '../../src/domain/workspace/changes';
import type { Stamp, Stamps } from '../../src/domain/workspace/stamps';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { agreedScore, TEST_ROUND } from './one-round';
import { changeArb, workspaceArb } from './workspace-arbitrary';

const R = TEST_ROUND.id;
const score = (rater: string, value: 0 | 1 | 2 | null = 1): Change => ({ field: 'score', round: R, rater, county: '06', statement: '1.1', value });

test.each([
  [['intervjuare'], 'intervjuare'],
  [['lasare'], 'lasare'],
  [['samordnare', 'lasare'], 'samordnare'],
  [['intervjuare', 'lasare'], 'intervjuare'],
  [['_admin'], 'samordnare'],
  [['annan'], null],
  [[], null],
] as const)('a user with the roles %j has the team role %s', (roles, role) => {
  expect(teamRoleOf(roles)).toBe(role);
});

test.each([
  ['an interviewer', 'intervjuare', 'her own score', score('anna'), true],
  ['an interviewer', 'intervjuare', "another rater's score", score('bo'), false],
  ['an interviewer', 'intervjuare', 'the agreed score', score(AGREED), false],
  ['a coordinator', 'samordnare', 'the agreed score', score(AGREED), true],
  ['a coordinator', 'samordnare', "another rater's score", score('bo'), false],
  ['an interviewer', 'intervjuare', 'her own entry among the raters', { field: 'rater', rater: 'anna', value: { name: 'Anna' } }, true],
  ['a coordinator', 'samordnare', "another's entry among the raters", { field: 'rater', rater: 'bo', value: { name: 'Bo' } }, false],
  ['an interviewer', 'intervjuare', 'a guide answer', { field: 'answer', round: R, county: '06', question: 'g2.2', value: 'x' }, true],
  ['an interviewer', 'intervjuare', "an area's level", { field: 'level', round: R, county: '06', area: '1', value: null }, false],
  ['a coordinator', 'samordnare', "an area's level", { field: 'level', round: R, county: '06', area: '1', value: null }, true],
  ['an interviewer', 'intervjuare', 'a round', { field: 'round', round: '2030', value: null }, false],
  ['a coordinator', 'samordnare', 'a round that starts from an earlier one', { field: 'round', round: '2030', value: { name: '2030', period: '2030', criteria: 'bilaga1-2016', startsFrom: '2026' } }, true],
  ['an interviewer', 'intervjuare', 'a round that starts from an earlier one', { field: 'round', round: '2030', value: { name: '2030', period: '2030', criteria: 'bilaga1-2016', startsFrom: '2026' } }, false],
  ['a coordinator', 'samordnare', 'an informant', { field: 'informant', round: R, county: '06', informant: 'i1', value: null }, true],
  ['a coordinator', 'samordnare', 'a status', { field: 'status', round: R, county: '06', at: '2026-01-01T00:00:00.000Z', value: 'utkast' }, true],
  ['a reader', 'lasare', 'her own score', score('anna'), false],
  ['a reader', 'lasare', 'a guide answer', { field: 'answer', round: R, county: '06', question: 'g2.2', value: 'x' }, false],
] as const)('%s (anna) %s write %s', (_who, role, _what, change, allowed) => {
  expect(mayWrite(role, 'anna', change as Change)).toBe(allowed);
});

test('a value document read back is the change and stamp it was made from, whatever change it holds', () => {
  fc.assert(
    fc.property(changeArb, fc.integer({ min: 0 }), fc.string(), (change, at, tab) => {
      const doc = { ...toValueDoc({ change, stamp: { at, tab } }, 'anna'), _rev: '1-abc', _conflicts: ['1-def'] };
      expect(readValueDoc(doc)).toEqual({ ...toValueDoc({ change, stamp: { at, tab } }, 'anna'), _rev: '1-abc' });
    }),
  );
});

test.each([
  ['a design document', { _id: '_design/lansinventering', validate_doc_update: 'function () {}' }],
  ['a document whose id is not its value’s', { ...toValueDoc({ change: score('anna'), stamp: { at: 1, tab: 't' } }, 'anna'), _id: valueDocId(score('bo')) }],
  ['a document with a score of 3', { ...toValueDoc({ change: score('anna'), stamp: { at: 1, tab: 't' } }, 'anna'), change: { ...score('anna'), value: 3 } }],
  ['a document without a writer', { ...toValueDoc({ change: score('anna'), stamp: { at: 1, tab: 't' } }, 'anna'), by: '' }],
])('%s is not read as a value', (_what, doc) => {
  expect(readValueDoc(doc)).toBeNull();
});

const doc = (change: Change, at: number, tab: string, by: string, rev: string): ValueDoc => ({ ...toValueDoc({ change, stamp: { at, tab } }, by), _rev: rev });

test('a conflict lists its sides latest edit first, which is the one the workspace shows', () => {
  const conflict = conflictOf('v:x', [doc(score('anna', 1), 5, 'a', 'anna', '2-a'), doc(score('anna', 2), 9, 'b', 'anna', '2-b'), doc(score('anna', 0), 9, 'a', 'anna', '2-c')]);
  expect(conflict?.sides.map((side) => side.rev)).toEqual(['2-b', '2-c', '2-a']);
});

test('a value with one current revision is no conflict', () => {
  expect(conflictOf('v:x', [doc(score('anna'), 5, 'a', 'anna', '1-a')])).toBeNull();
});

/** What the team database holds for each value: the change and the stamps of its revisions. */
function heldOf(workspace: Workspace, stamps: Stamps) {
  return new Map(changesOf(workspace).map((change) => [changeKey(change), { change, stamps: [stamps[changeKey(change)]!] }]));
}

function stamped(changes: readonly Change[], at: number): Stamps {
  return Object.fromEntries(changes.map((change) => [changeKey(change), { at, tab: 't' }]));
}

test('nothing is sent again when the team database holds every value with the stamp the copy has', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      const stamps = stamped(changesOf(workspace), 10);
      expect(unsentChanges(workspace, stamps, heldOf(workspace, stamps), () => true)).toEqual([]);
    }),
  );
});

test('every value is sent once when the team database holds none of them, but those the role may not write', () => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      const stamps = stamped(changesOf(workspace), 10);
      const mayWriteScores = (change: Change) => change.field === 'score';
      const unsent = unsentChanges(workspace, stamps, new Map(), mayWriteScores);
      expect(unsent.map(({ change }) => change)).toEqual(changesOf(workspace).filter(mayWriteScores));
    }),
  );
});

test('an edit newer than every revision the database holds is sent, one that is one of its revisions is not', () => {
  const workspace = applyChanges(EMPTY_WORKSPACE, [agreedScore('06', '1.1', 2), agreedScore('06', '1.2', 1)]);
  const key1 = changeKey(agreedScore('06', '1.1', 2));
  const key2 = changeKey(agreedScore('06', '1.2', 1));
  const stamps: Stamps = { [key1]: { at: 20, tab: 'here' }, [key2]: { at: 7, tab: 'there' } };
  const revisions = (...list: Stamp[]) => list;
  const held = new Map([
    [key1, { change: agreedScore('06', '1.1', 1), stamps: revisions({ at: 10, tab: 'there' }) }],
    // Two sides of a conflict: the copy shows the later one, written by someone else.
    [key2, { change: agreedScore('06', '1.2', 0), stamps: revisions({ at: 5, tab: 'here' }, { at: 7, tab: 'there' }) }],
  ]);
  expect(unsentChanges(workspace, stamps, held, () => true)).toEqual([{ change: agreedScore('06', '1.1', 2), stamp: { at: 20, tab: 'here' } }]);
});

test('a value cleared here after it reached the database is sent as cleared', () => {
  const key = changeKey(agreedScore('06', '1.1', null));
  const held = new Map([[key, { change: agreedScore('06', '1.1', 2), stamps: [{ at: 5, tab: 't' }] }]]);
  const unsent = unsentChanges(EMPTY_WORKSPACE, { [key]: { at: 9, tab: 't' } }, held, () => true);
  expect(unsent).toEqual([{ change: agreedScore('06', '1.1', null), stamp: { at: 9, tab: 't' } }]);
});

test("moving up, the hand named as one's own becomes the signed-in interviewer's, and the group's values stay behind, counted", () => {
  const browser = applyChanges(EMPTY_WORKSPACE, [
    { field: 'round', round: R, value: { name: TEST_ROUND.name, period: TEST_ROUND.period, criteria: TEST_ROUND.criteria } },
    agreedScore('06', '1.1', 2),
    agreedScore('06', '1.2', 1),
    { field: 'level', round: R, county: '06', area: '1', value: { level: 2, reason: 'Gruppens val' } },
  ] as Change[]);
  const { plan, refused } = planMoveUp(browser, EMPTY_WORKSPACE, AGREED, 'intervjuare', 'anna');
  expect(plan.changes).toEqual(
    expect.arrayContaining([
      { field: 'rater', rater: 'anna', value: { name: 'anna' } },
      { field: 'score', round: R, rater: 'anna', county: '06', statement: '1.1', value: 2 },
      { field: 'score', round: R, rater: 'anna', county: '06', statement: '1.2', value: 1 },
    ]),
  );
  expect(plan.changes).toHaveLength(3);
  // The round and the group's level are the coordinator's to write.
  expect(refused).toBe(2);
});

test("moving up as coordinator with no hand named as one's own keeps the agreed scores agreed", () => {
  const browser = applyChanges(EMPTY_WORKSPACE, [agreedScore('06', '1.1', 2), score('bo', 1)]);
  const { plan, refused } = planMoveUp(browser, EMPTY_WORKSPACE, null, 'samordnare', 'sara');
  expect(plan.changes).toEqual([agreedScore('06', '1.1', 2)]);
  expect(refused).toBe(1);
});
