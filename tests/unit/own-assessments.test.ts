import { expect, test } from 'vitest';
import type { Round } from '../../src/domain/rounds/round';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { planImport } from '../../src/domain/workspace/import-plan';
import { ownAssessments } from '../../src/domain/workspace/own-assessments';
import { EMPTY_ROUND, EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { parseWorkspaceFile, toWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { loadInstrument, unwrap } from './load-instrument';

const instrument = loadInstrument();
const CRITERIA = instrument.criteria.id;
const ROUND_2026: Round = { id: '2026', name: 'Omgång 2026', period: '2026', criteria: CRITERIA };

const score = (round: string, rater: string, county: string, statement: string, value: 0 | 1 | 2): Change => ({ field: 'score', round, rater, county, statement, value });

/** Anna's browser: her own scores and Bo's (from an earlier import), the agreed scores, a reason, a group level, done marks, and an older round. */
const annasWorkspace: Workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: '2026', value: { name: 'Omgång 2026', period: '2026', criteria: CRITERIA } },
  { field: 'round', round: '2016', value: { name: '2016', period: '2016', criteria: CRITERIA } },
  { field: 'rater', rater: 'anna', value: { name: 'Anna' } },
  { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  score('2026', 'anna', '06', '1.1', 2),
  { field: 'note', round: '2026', rater: 'anna', county: '06', statement: '1.1', value: 'Forum finns' },
  score('2026', 'anna', '07', '2.1', 0),
  { field: 'done', round: '2026', rater: 'anna', county: '06', value: true },
  // Marked done with no score left: the mark goes along.
  { field: 'done', round: '2026', rater: 'anna', county: '08', value: true },
  score('2026', 'bo', '06', '1.1', 1),
  { field: 'done', round: '2026', rater: 'bo', county: '06', value: true },
  score('2026', AGREED, '06', '1.1', 2),
  { field: 'reason', round: '2026', county: '06', statement: '1.1', value: 'Bo missade forumet' },
  { field: 'level', round: '2026', county: '06', area: '1', value: { level: 2, reason: 'Styrgruppen' } },
  score('2016', 'anna', '06', '1.1', 1),
]);

test('the cut holds the rater’s own scores, notes and done marks of the round, with the round and the rater, and nothing else', () => {
  expect(ownAssessments(annasWorkspace, ROUND_2026, 'anna')).toEqual({
    rounds: { '2026': { name: 'Omgång 2026', period: '2026', criteria: CRITERIA } },
    raters: { anna: { name: 'Anna' } },
    data: {
      '2026': {
        ...EMPTY_ROUND,
        agreed: {},
        reasons: {},
        levels: {},
        raters: { anna: { '06': { scores: { '1.1': 2 }, notes: { '1.1': 'Forum finns' } }, '07': { scores: { '2.1': 0 }, notes: {} } } },
        done: { anna: { '06': true, '08': true } },
      },
    },
  });
});

test('a round the workspace has not stored yet goes along with the details it is shown with', () => {
  const fresh: Round = { id: '2027', name: '2027', period: '2027', criteria: CRITERIA };
  const cut = ownAssessments(applyChanges(annasWorkspace, [score('2027', 'anna', '01', '1.1', 1)]), fresh, 'anna');
  expect(cut.rounds).toEqual({ '2027': { name: '2027', period: '2027', criteria: CRITERIA } });
  expect(cut.data['2027']?.raters.anna).toEqual({ '01': { scores: { '1.1': 1 }, notes: {} } });
});

test('a rater with nothing in the round gets a file with the round and the rater alone', () => {
  expect(ownAssessments(annasWorkspace, ROUND_2026, 'eva')).toEqual({ rounds: { '2026': { name: 'Omgång 2026', period: '2026', criteria: CRITERIA } }, raters: {}, data: {} });
});

test('written as a workspace file, the cut reads back as it was', () => {
  const cut = ownAssessments(annasWorkspace, ROUND_2026, 'anna');
  const file = JSON.parse(JSON.stringify(toWorkspaceFile(cut, instrument, new Date('2026-11-25T10:00:00Z')))) as unknown;
  expect(unwrap(parseWorkspaceFile(file, instrument, ROUND_2026), 'the file')).toEqual({ workspace: cut, version: 3 });
});

test('merged into the coordinator’s workspace, the cut changes only that rater’s values: no other rater’s, no agreed score, no reason or level', () => {
  // The coordinator has Bo's and the agreed scores, and an older copy of Anna's.
  const coordinator = applyChanges(annasWorkspace, [
    score('2026', 'anna', '06', '1.1', 0),
    score('2026', 'anna', '09', '3.1', 1),
    score('2026', 'bo', '06', '1.2', 2),
    score('2026', AGREED, '06', '1.2', 2),
  ]);
  const plan = planImport(coordinator, ownAssessments(annasWorkspace, ROUND_2026, 'anna'), 'merge');
  // The file says which counties Anna is done with, and that is kept: her 07 is not marked done.
  expect(plan.changes).toEqual([score('2026', 'anna', '06', '1.1', 2)]);
  expect(plan.result.data['2026']?.raters.bo).toEqual(coordinator.data['2026']?.raters.bo);
  expect(plan.result.data['2026']?.agreed).toEqual(coordinator.data['2026']?.agreed);
});
