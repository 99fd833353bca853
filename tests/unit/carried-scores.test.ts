import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { distributeAll } from '../../src/domain/rating/distribution';
import { rateCounty } from '../../src/domain/rating/rate-area';
import {
  carriedIn,
  carriedScore,
  carriedScores,
  confirmingChanges,
  countCarried,
  countiesWithCarried,
  sourceRoundOf,
} from '../../src/domain/rounds/carried-scores';
import { roundSchema } from '../../src/domain/rounds/round';
import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { roundRecordOf, roundScoresOf, type RoundDetails, type Workspace } from '../../src/domain/workspace/workspace';
import { idRange, loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const details = (period: string, startsFrom?: string): RoundDetails => ({
  name: period,
  period,
  criteria: 'bilaga1-2016',
  ...(startsFrom === undefined ? {} : { startsFrom }),
});
const score = (round: string, county: string, statement: string, value: Score | null): Change => ({ field: 'score', round, rater: AGREED, county, statement, value });

/** 2016 with agreed scores 1.1 = 1 and 1.2 = 2 in Jönköping; 2026 starting from `startsFrom` with the agreed score 1.2 = 0. */
function workspaceWith(startsFrom: string | undefined, rounds: Workspace['rounds'] = {}): Workspace {
  const base: Workspace = { rounds: { '2016': details('2016'), '2026': details('2026', startsFrom), ...rounds }, raters: {}, data: {} };
  return applyChanges(base, [score('2016', '06', '1.1', 1), score('2016', '06', '1.2', 2), score('2026', '06', '1.2', 0)]);
}

describe('which round a round starts from', () => {
  test.each([
    ['an earlier round', '2026', '2016', '2016'],
    ['no round', '2026', undefined, undefined],
    ['itself', '2026', '2026', undefined],
    ['a later round', '2016', '2026', undefined],
    ['a round the workspace does not have', '2026', '2011', undefined],
    ['a round of the same period', '2026', '2026-b', undefined],
  ])('a round that names %s starts from %s', (_case, round, startsFrom, expected) => {
    const workspace: Workspace = {
      rounds: { '2016': details('2016', round === '2016' ? startsFrom : undefined), '2026': details('2026', round === '2026' ? startsFrom : undefined), '2026-b': details('2026') },
      raters: {},
      data: {},
    };
    expect(sourceRoundOf(workspace, round)?.id).toBe(expected);
  });

  test('a round of the same period with an earlier id still counts as earlier, by the order rounds are listed in', () => {
    const workspace: Workspace = { rounds: { a: details('2026'), b: details('2026', 'a') }, raters: {}, data: {} };
    expect(sourceRoundOf(workspace, 'b')?.id).toBe('a');
  });

  test('a round that starts from another is a valid round, and a bad id is named in Swedish', () => {
    expect(roundSchema.safeParse({ id: '2026', ...details('2026', '2016') }).success).toBe(true);
    const result = roundSchema.safeParse({ id: '2026', ...details('2026', '2016 vår') });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'startsFrom: ska vara 1–32 tecken: bokstäverna a–z och A–Z, siffror, bindestreck eller understreck',
    ]);
  });
});

describe('the scores carried over', () => {
  test.each([
    ['a statement the new round has not scored is suggested with the earlier agreed score', '06', '1.1', 1],
    ['a statement the new round has scored is not suggested', '06', '1.2', undefined],
    ['a statement the earlier round did not score is not suggested', '06', '1.3', undefined],
    ['another county is not suggested', '01', '1.1', undefined],
  ])('%s', (_case, county, statement, expected) => {
    expect(carriedScore(workspaceWith('2016'), '2026', county, statement)).toBe(expected);
  });

  test.each([
    ['starts from no round', undefined],
    ['starts from itself', '2026'],
    ['starts from a later round', '2030'],
  ])('a round that %s has no suggestions', (_case, startsFrom) => {
    const workspace = workspaceWith(startsFrom, { '2030': details('2030') });
    expect(carriedScores(workspace, '2026')).toEqual({});
    expect(carriedScore(workspace, '2026', '06', '1.1')).toBeUndefined();
  });

  test('only the earlier round’s own agreed scores are carried, not what it carried itself', () => {
    const workspace = applyChanges(workspaceWith('2016', { '2036': details('2036', '2026') }), [score('2016', '06', '1.3', 2)]);
    expect(carriedScores(workspace, '2026')).toEqual({ '06': { '1.1': 1, '1.3': 2 } });
    expect(carriedScores(workspace, '2036')).toEqual({ '06': { '1.2': 0 } });
  });

  test('counts are per county and among the statements asked for, such as an area’s', () => {
    const workspace = applyChanges(workspaceWith('2016'), [score('2016', '06', '2.1', 2), score('2016', '01', '6.5', 0)]);
    expect(countCarried(workspace, '2026', '06', idRange('1.', 1, 8))).toBe(1);
    expect(countCarried(workspace, '2026', '06', instrument.statementIds)).toBe(2);
    expect(carriedIn(workspace, '2026', '06', instrument.statementIds)).toEqual([
      { statement: '1.1', value: 1 },
      { statement: '2.1', value: 2 },
    ]);
    expect(countiesWithCarried(workspace, '2026', instrument.statementIds).sort()).toEqual(['01', '06']);
    expect(countiesWithCarried(workspace, '2026', idRange('1.', 1, 8))).toEqual(['06']);
  });

  test('confirming writes each suggested value as the agreed score, after which nothing is carried', () => {
    const workspace = workspaceWith('2016');
    const changes = confirmingChanges(workspace, '2026', '06', instrument.statementIds);
    expect(changes).toEqual([score('2026', '06', '1.1', 1)]);
    expect(carriedScores(applyChanges(workspace, changes), '2026')).toEqual({});
  });
});

const ROUND_2016 = details('2016');
const ROUND_2026 = details('2026', '2016');
const counties = instrument.counties.map((county) => county.code).slice(0, 4);
const scoreArb = fc.constantFrom<Score>(0, 1, 2);
/** Agreed scores for some of four counties and some statements. */
const agreedArb = fc.dictionary(
  fc.constantFrom(...counties),
  fc.dictionary(fc.constantFrom(...instrument.statementIds), scoreArb, { maxKeys: instrument.statementIds.length }),
  { maxKeys: counties.length },
);

function workspaceOf(earlier: Record<string, Record<string, Score>>, own: Record<string, Record<string, Score>>): Workspace {
  const changes = [
    ...Object.entries(earlier).flatMap(([county, scores]) => Object.entries(scores).map(([statement, value]) => score('2016', county, statement, value))),
    ...Object.entries(own).flatMap(([county, scores]) => Object.entries(scores).map(([statement, value]) => score('2026', county, statement, value))),
  ];
  return applyChanges({ rounds: { '2016': ROUND_2016, '2026': ROUND_2026 }, raters: {}, data: {} }, changes);
}

const confirmAll = (workspace: Workspace) =>
  applyChanges(workspace, counties.flatMap((county) => confirmingChanges(workspace, '2026', county, instrument.statementIds)));

describe('carried scores, for any scores of the two rounds', () => {
  test('a statement with an agreed score in the new round is never carried', () => {
    fc.assert(
      fc.property(agreedArb, agreedArb, (earlier, own) => {
        const carried = carriedScores(workspaceOf(earlier, own), '2026');
        for (const [county, scores] of Object.entries(carried)) {
          for (const statement of Object.keys(scores)) expect(own[county]?.[statement]).toBeUndefined();
        }
      }),
    );
  });

  test('confirming every suggestion leaves none carried, and each county the new round had not scored is rated as in the earlier round', () => {
    fc.assert(
      fc.property(agreedArb, agreedArb, (earlier, own) => {
        const confirmed = confirmAll(workspaceOf(earlier, own));
        expect(carriedScores(confirmed, '2026')).toEqual({});
        const before = roundScoresOf(roundRecordOf(confirmed, '2016'));
        const after = roundScoresOf(roundRecordOf(confirmed, '2026'));
        for (const county of counties.filter((code) => own[code] === undefined)) {
          expect(rateCounty(instrument, after.assessments[county] ?? { scores: {}, notes: {} })).toEqual(
            rateCounty(instrument, before.assessments[county] ?? { scores: {}, notes: {} }),
          );
        }
      }),
    );
  });

  test('a new round that starts empty has, once every suggestion is confirmed, the earlier round’s figures; before, it has none rated', () => {
    fc.assert(
      fc.property(agreedArb, (earlier) => {
        const workspace = workspaceOf(earlier, {});
        const figures = (ws: Workspace, round: string) => distributeAll(instrument, roundScoresOf(roundRecordOf(ws, round)));
        expect(figures(workspace, '2026').every((distribution) => distribution.ratedCount === 0)).toBe(true);
        expect(figures(confirmAll(workspace), '2026')).toEqual(figures(workspace, '2016'));
      }),
    );
  });
});

test('a county with only carried scores is not rated in any area until they are confirmed', () => {
  const everything = Object.fromEntries(instrument.statementIds.map((id) => [id, 2 as Score]));
  const workspace = workspaceOf({ '01': everything }, {});
  const statuses = (ws: Workspace) => rateCounty(instrument, roundRecordOf(ws, '2026').agreed['01'] ?? { scores: {}, notes: {} }).map((rating) => rating.status);
  expect(statuses(workspace)).toEqual(instrument.areas.map(() => 'not-rated'));
  expect(statuses(confirmAll(workspace))).toEqual(instrument.areas.map(() => 'rated'));
});
