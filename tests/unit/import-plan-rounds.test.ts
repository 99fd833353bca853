import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Round } from '../../src/domain/rounds/round';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { changesOf } from '../../src/domain/workspace/change-lists';
import { AGREED, applyChanges, changeKey, type Change } from '../../src/domain/workspace/changes';
import { incomingWorkspace, markRatersDone, planImport } from '../../src/domain/workspace/import-plan';
import { EMPTY_WORKSPACE, isDone, roundRecordOf, type Workspace } from '../../src/domain/workspace/workspace';
import { POOL, workspaceArb } from './workspace-arbitrary';

const ROUND_2016: Round = { id: '2016', name: 'Länsinventering 2016', period: '2016', criteria: 'bilaga1-2016' };
const ROUND_2026: Round = { id: '2026', name: 'Uppföljning 2026', period: '2026', criteria: 'bilaga1-2016' };

const declare = (round: Round): Change => {
  const { id, ...details } = round;
  return { field: 'round', round: id, value: details };
};
const rater = (id: string, name: string): Change => ({ field: 'rater', rater: id, value: { name } });
const score = (round: string, hand: string, county: string, statement: string, value: 0 | 1 | 2): Change =>
  ({ field: 'score', round, rater: hand, county, statement, value });

/** Both rounds, Anna and Bo; in 2026 each has scored Jönköping and the group has agreed. */
const current: Workspace = applyChanges(EMPTY_WORKSPACE, [
  declare(ROUND_2016),
  declare(ROUND_2026),
  rater('anna', 'Anna'),
  rater('bo', 'Bo'),
  score('2016', AGREED, '06', '1.1', 1),
  score('2026', AGREED, '06', '4.2', 1),
  score('2026', 'anna', '06', '4.2', 1),
  score('2026', 'bo', '06', '4.2', 2),
  { field: 'done', round: '2026', rater: 'bo', county: '06', value: true },
]);

const sheetEntry = (workspace: Workspace, round: string, hand: string, county: string) => {
  const record = roundRecordOf(workspace, round);
  return (hand === AGREED ? record.agreed : record.raters[hand])?.[county];
};

test('merging a rater’s file never overwrites another rater’s scores, nor the agreed ones', () => {
  const annasFile = applyChanges(EMPTY_WORKSPACE, [declare(ROUND_2026), rater('anna', 'Anna'), score('2026', 'anna', '06', '4.2', 0), score('2026', 'anna', '06', '4.1', 2)]);
  const { result } = planImport(current, annasFile, 'merge');
  expect(sheetEntry(result, '2026', 'anna', '06')?.scores).toEqual({ '4.1': 2, '4.2': 0 });
  expect(sheetEntry(result, '2026', 'bo', '06')).toBe(sheetEntry(current, '2026', 'bo', '06'));
  expect(sheetEntry(result, '2026', AGREED, '06')).toBe(sheetEntry(current, '2026', AGREED, '06'));
});

test('for any workspace and file, a merge leaves every hand’s county that the file does not hold as it was', () => {
  fc.assert(
    fc.property(workspaceArb, workspaceArb, (before, file) => {
      const { result } = planImport(before, file, 'merge');
      for (const round of POOL.rounds) {
        for (const hand of [AGREED, ...POOL.raters]) {
          for (const county of POOL.counties) {
            if (sheetEntry(file, round, hand, county) === undefined) {
              expect(sheetEntry(result, round, hand, county)).toEqual(sheetEntry(before, round, hand, county));
            }
          }
        }
      }
    }),
  );
});

test('for any workspace and file, a merge takes every value the file holds, except the names of rounds and raters the workspace has', () => {
  fc.assert(
    fc.property(workspaceArb, workspaceArb, (before, file) => {
      const values = new Map(changesOf(planImport(before, file, 'merge').result).map((change) => [changeKey(change), change.value]));
      for (const change of changesOf(file)) {
        const kept =
          (change.field === 'round' && before.rounds[change.round] !== undefined) ||
          (change.field === 'rater' && before.raters[change.rater] !== undefined);
        expect(values.get(changeKey(change))).toEqual(kept ? valueIn(before, change) : change.value);
      }
    }),
  );
});

const valueIn = (workspace: Workspace, change: Change) =>
  change.field === 'round' ? workspace.rounds[change.round] : change.field === 'rater' ? workspace.raters[change.rater] : undefined;

test('a file without done marks counts a rater’s scores as done; a county with only the rater’s notes is not', () => {
  const file = applyChanges(EMPTY_WORKSPACE, [
    declare(ROUND_2026),
    rater('anna', 'Anna'),
    score('2026', 'anna', '25', '3.1', 1),
    { field: 'note', round: '2026', rater: 'anna', county: '09', statement: '3.1', value: 'Bara en anteckning' },
  ]);
  const { result } = planImport(current, markRatersDone(file), 'merge');
  const record = roundRecordOf(result, '2026');
  expect(isDone(record, 'anna', '25')).toBe(true);
  expect(isDone(record, 'anna', '09')).toBe(false);
  // Agreed scores are the group's: they carry no done mark.
  expect(record.done[AGREED]).toBeUndefined();
});

test('a workspace file’s done marks are kept as the file says them: a rater not done stays not done', () => {
  const file = applyChanges(EMPTY_WORKSPACE, [declare(ROUND_2026), rater('anna', 'Anna'), score('2026', 'anna', '25', '3.1', 1)]);
  const { result } = planImport(current, file, 'merge');
  expect(isDone(roundRecordOf(result, '2026'), 'anna', '25')).toBe(false);
});

test('a file from before rounds goes into the chosen round, and only there', () => {
  const scores: RoundScores = { assessments: { '06': { scores: { '1.1': 2 }, notes: { '1.1': 'Forum finns' } }, '24': { scores: { '3.1': 0 }, notes: {} } } };
  const { result, roundsAdded } = planImport(current, incomingWorkspace({ kind: 'one-round', scores }, ROUND_2016), 'merge');
  expect(roundsAdded).toEqual([]);
  expect(roundRecordOf(result, '2016').agreed).toEqual({ ...scores.assessments });
  expect(result.data['2026']).toBe(current.data['2026']);
});

test('a file from before rounds read into a round the workspace lacks creates that round, and the plan names it', () => {
  const march: Round = { id: '2026-03', name: 'Mars 2026', period: '2026-03', criteria: 'bilaga1-2016' };
  const scores: RoundScores = { assessments: { '06': { scores: { '1.1': 2 }, notes: {} } } };
  const plan = planImport(current, incomingWorkspace({ kind: 'one-round', scores }, march), 'replace');
  expect(plan.roundsAdded).toEqual([{ id: '2026-03', name: 'Mars 2026' }]);
  expect(roundRecordOf(plan.result, '2026-03').agreed).toEqual(scores.assessments);
  expect(plan.result.data['2016']).toBe(current.data['2016']);
  expect(plan.result.data['2026']).toBe(current.data['2026']);
});

test('replacing replaces, in the rounds the file holds, only the hands it holds: other rounds and other raters stay', () => {
  const file = applyChanges(EMPTY_WORKSPACE, [declare(ROUND_2026), score('2026', AGREED, '25', '6.1', 2)]);
  const plan = planImport(current, file, 'replace');
  expect(plan.result.data['2016']).toBe(current.data['2016']);
  expect(roundRecordOf(plan.result, '2026').agreed).toEqual(file.data['2026']?.agreed);
  expect(roundRecordOf(plan.result, '2026').raters).toEqual(roundRecordOf(current, '2026').raters);
  expect(isDone(roundRecordOf(plan.result, '2026'), 'bo', '06')).toBe(true);
  // Jönköping keeps the raters' scores in 2026, so it does not lose all of its data there.
  expect(plan.countiesRemoved).toEqual([]);
  expect(plan.countiesAdded).toEqual([{ round: '2026', county: '25' }]);
  expect(plan.result.raters).toEqual(current.raters);
});

test('replacing with one rater’s file replaces that rater’s scores and nothing else', () => {
  const annasFile = applyChanges(EMPTY_WORKSPACE, [declare(ROUND_2026), rater('anna', 'Anna'), score('2026', 'anna', '12', '1.1', 0)]);
  const { result } = planImport(current, annasFile, 'replace');
  expect(sheetEntry(result, '2026', 'anna', '06')).toBeUndefined();
  expect(sheetEntry(result, '2026', 'anna', '12')?.scores).toEqual({ '1.1': 0 });
  expect(sheetEntry(result, '2026', 'bo', '06')).toBe(sheetEntry(current, '2026', 'bo', '06'));
  expect(sheetEntry(result, '2026', AGREED, '06')).toBe(sheetEntry(current, '2026', AGREED, '06'));
});

test('for any workspace and file, a replace keeps every round the file does not hold and every hand it does not hold', () => {
  fc.assert(
    fc.property(workspaceArb, workspaceArb, (before, file) => {
      const { result } = planImport(before, file, 'replace');
      const held = new Set(Object.keys(file.data));
      for (const round of POOL.rounds.filter((id) => !held.has(id))) {
        expect(result.data[round]).toEqual(before.data[round]);
      }
      for (const round of held) {
        const incoming = roundRecordOf(file, round);
        const holdsAgreed = [incoming.agreed, incoming.reasons, incoming.levels].some((part) => Object.keys(part).length > 0);
        expect(roundRecordOf(result, round).agreed).toEqual(holdsAgreed ? incoming.agreed : roundRecordOf(before, round).agreed);
        for (const rater of POOL.raters) {
          const holds = incoming.raters[rater] !== undefined || incoming.done[rater] !== undefined;
          expect(roundRecordOf(result, round).raters[rater]).toEqual(holds ? incoming.raters[rater] : roundRecordOf(before, round).raters[rater]);
        }
      }
    }),
  );
});

test('the plan names the rounds and raters it creates, and only those', () => {
  const file = applyChanges(EMPTY_WORKSPACE, [
    declare({ ...ROUND_2026, name: '2026' }),
    declare({ id: '2031', name: 'Uppföljning 2031', period: '2031', criteria: 'bilaga1-2016' }),
    rater('bo', 'Bo B.'),
    rater('cecilia', 'Cecilia'),
    score('2031', 'cecilia', '06', '1.1', 2),
  ]);
  for (const mode of ['merge', 'replace'] as const) {
    const plan = planImport(current, file, mode);
    expect(plan.roundsAdded).toEqual([{ id: '2031', name: 'Uppföljning 2031' }]);
    expect(plan.ratersAdded).toEqual([{ id: 'cecilia', name: 'Cecilia' }]);
  }
});

test('merging keeps the name of a round and of a rater the workspace already has', () => {
  const file = applyChanges(EMPTY_WORKSPACE, [declare({ ...ROUND_2026, name: '2026' }), rater('bo', 'Bo B.'), score('2026', 'bo', '06', '1.1', 2)]);
  const plan = planImport(current, file, 'merge');
  expect(plan.result.rounds['2026']).toEqual({ name: 'Uppföljning 2026', period: '2026', criteria: 'bilaga1-2016' });
  expect(plan.result.raters['bo']).toEqual({ name: 'Bo' });
  expect(plan.changes.some((change) => change.field === 'round' || change.field === 'rater')).toBe(false);
});
