import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rulesToCompare } from '../../src/domain/change/compared-rules';
import { changeBetweenRounds, type AreaChange, type RatedRound } from '../../src/domain/change/level-change';
import { scoreChangeRows, sortScoreChangeRows } from '../../src/domain/change/score-change';
import type { Score } from '../../src/domain/score';
import type { Assessment, GroupLevel, RoundScores } from '../../src/domain/workspace/assessment';
import { allScored, allStatementIds, loadInstrument } from './load-instrument';

const latest = loadInstrument();
const ids = allStatementIds(latest);
const codes = latest.counties.map((county) => county.code);
const areaIds = latest.areas.map((area) => area.area.id);

const rated = (scores: RoundScores, instrument = latest): RatedRound => ({ instrument, scores });
const codesOf = (list: readonly { county: { code: string } }[]) => list.map((entry) => entry.county.code);
const counts = (area: AreaChange) => [area.higher.length, area.same.length, area.lower.length, area.notComparable.length];

/** The opposite change, with no change as 0 and never −0. */
const negated = (delta: number | null) => (delta === null ? null : 0 - delta);

const scoreArb = fc.constantFrom<Score>(0, 1, 2);
const assessmentArb: fc.Arbitrary<Assessment> = fc
  .array(fc.option(scoreArb, { nil: undefined, freq: 5 }), { minLength: ids.length, maxLength: ids.length })
  .map((scores) => ({ scores: Object.fromEntries(scores.flatMap((score, i) => (score === undefined ? [] : [[ids[i] as string, score]]))), notes: {} }));
const groupLevelsArb = fc.dictionary(fc.constantFrom(...areaIds), fc.record({ level: fc.integer({ min: 0, max: 2 }), reason: fc.constant('Gruppens bedömning') }));
/** Some counties scored (fully, partly or with every statement), some with group levels, the rest not at all. */
const roundArb: fc.Arbitrary<RoundScores> = fc
  .array(fc.option(fc.tuple(fc.oneof(assessmentArb, scoreArb.map((s) => allScored(latest, s))), groupLevelsArb), { nil: undefined }), {
    minLength: codes.length,
    maxLength: codes.length,
  })
  .map((entries) => {
    const assessments: Record<string, Assessment> = {};
    const groupLevels: Record<string, Record<string, GroupLevel>> = {};
    entries.forEach((entry, index) => {
      const code = codes[index] as string;
      if (!entry) return;
      assessments[code] = entry[0];
      groupLevels[code] = entry[1];
    });
    return { assessments, groupLevels };
  });
const revisionArb = fc.constantFrom(1, 2);

describe('the change per area between two rounds', () => {
  const from: RoundScores = { assessments: { '01': allScored(latest, 2), '03': allScored(latest, 0), '06': allScored(latest, 2) } };
  const to: RoundScores = {
    assessments: { '01': allScored(latest, 2), '03': allScored(latest, 2), '05': allScored(latest, 2), '06': allScored(latest, 0) },
    groupLevels: { '01': { '1': { level: 0, reason: 'Besöket visade mindre' } } },
  };
  const change = changeBetweenRounds(rated(from), rated(to));
  const area = (id: string) => change.find((entry) => entry.areaId === id) as AreaChange;

  test.each(areaIds.filter((id) => id !== '1').map((id) => [id]))('in area %s Uppsala rose, Stockholm stayed and Jönköping fell', (id) => {
    expect(codesOf(area(id).higher)).toEqual(['03']);
    expect(codesOf(area(id).same)).toEqual(['01']);
    expect(codesOf(area(id).lower)).toEqual(['06']);
  });

  test('in area 1 the group set Stockholm lower, and the move says the level was the group\'s', () => {
    expect(codesOf(area('1').lower)).toEqual(['01', '06']);
    const stockholm = area('1').lower[0];
    expect(stockholm?.from).toMatchObject({ level: 2, byGroup: false });
    expect(stockholm?.to).toMatchObject({ level: 0, byGroup: true });
    expect(stockholm?.direction).toBe('lower');
  });

  test('a county rated in only one round, or in neither, is not comparable because it is not rated', () => {
    const notComparable = area('2').notComparable;
    expect(notComparable).toHaveLength(codes.length - 3);
    expect(notComparable.every((entry) => entry.reason === 'not-rated')).toBe(true);
    const sodermanland = notComparable.find((entry) => entry.county.code === '05');
    expect(sodermanland?.from).toBeNull();
    expect(sodermanland?.to).toMatchObject({ level: 2 });
  });

  test('each area carries both rounds\' figures, so the counts agree with Figur 1–6', () => {
    expect(area('3').from.levels.map((level) => level.count)).toEqual([1, 0, 2]);
    expect(area('3').to.levels.map((level) => level.count)).toEqual([1, 0, 3]);
  });
});

describe('rounds rated with different revisions of the rule', () => {
  test('revisions 1 and 2 differ in area 4 alone', () => {
    expect(rulesToCompare(latest, 1, 2, null)).toMatchObject({ fromRevision: 1, toRevision: 2, common: null, differingAreas: ['4'] });
  });

  test.each([
    [1, 1],
    [2, 2],
  ])('both rated with revision %i, no area differs', (common, revision) => {
    expect(rulesToCompare(latest, 1, 2, common)).toMatchObject({ fromRevision: revision, toRevision: revision, common, differingAreas: [] });
  });

  test('a common revision the criteria do not know is ignored', () => {
    expect(rulesToCompare(latest, 1, 2, 7)).toMatchObject({ common: null, differingAreas: ['4'] });
  });

  test('in the area whose rule differs no county is comparable, and the reason says so', () => {
    const rules = rulesToCompare(latest, 1, 2, null);
    const scores: RoundScores = { assessments: { '06': allScored(latest, 2) } };
    const change = changeBetweenRounds(rated(scores, rules.from), rated(scores, rules.to));
    const areaFour = change.find((entry) => entry.areaId === '4') as AreaChange;
    expect(areaFour.ruleDiffers).toBe(true);
    expect(counts(areaFour)).toEqual([0, 0, 0, codes.length]);
    expect(areaFour.notComparable.find((entry) => entry.county.code === '06')).toMatchObject({ reason: 'rule-differs', from: { level: 2 }, to: { level: 2 } });
    expect(change.filter((entry) => entry.areaId !== '4').every((entry) => entry.same.length === 1)).toBe(true);
  });
});

describe('properties of the change per area', () => {
  const pairArb = fc.record({ a: roundArb, b: roundArb, revA: revisionArb, revB: revisionArb, common: fc.option(revisionArb, { nil: null }) });
  const compare = (a: RoundScores, b: RoundScores, revA: number, revB: number, common: number | null) => {
    const rules = rulesToCompare(latest, revA, revB, common);
    return changeBetweenRounds(rated(a, rules.from), rated(b, rules.to));
  };

  test('swapping the two rounds swaps "Högre nivå" and "Lägre nivå" and keeps the rest', () => {
    fc.assert(
      fc.property(pairArb, ({ a, b, revA, revB, common }) => {
        const forward = compare(a, b, revA, revB, common);
        const backward = compare(b, a, revB, revA, common);
        forward.forEach((area, index) => {
          const other = backward[index] as AreaChange;
          expect(codesOf(other.higher)).toEqual(codesOf(area.lower));
          expect(codesOf(other.lower)).toEqual(codesOf(area.higher));
          expect(codesOf(other.same)).toEqual(codesOf(area.same));
          expect(codesOf(other.notComparable)).toEqual(codesOf(area.notComparable));
        });
      }),
      { numRuns: 60 },
    );
  });

  test('a round compared with itself is all "Samma nivå" or "Ej jämförbar" (not rated)', () => {
    fc.assert(
      fc.property(roundArb, revisionArb, (round, revision) => {
        for (const area of compare(round, round, revision, revision, null)) {
          expect(area.higher).toEqual([]);
          expect(area.lower).toEqual([]);
          expect(area.notComparable.every((entry) => entry.reason === 'not-rated' && entry.from === null && entry.to === null)).toBe(true);
          expect(area.same.every((move) => move.from.level === move.to.level)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('every county is counted once per area, and the comparable ones are rated in both figures', () => {
    fc.assert(
      fc.property(pairArb, ({ a, b, revA, revB, common }) => {
        for (const area of compare(a, b, revA, revB, common)) {
          const all = [...area.higher, ...area.same, ...area.lower, ...area.notComparable].map((entry) => entry.county.code);
          expect(all.sort()).toEqual([...codes].sort());
          const comparable = area.higher.length + area.same.length + area.lower.length;
          expect(comparable).toBeLessThanOrEqual(Math.min(area.from.ratedCount, area.to.ratedCount));
          if (area.ruleDiffers) expect(comparable).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the change of every score', () => {
  const from: RoundScores = { assessments: { '06': { scores: { '1.1': 0, '1.2': 2, '1.3': 1 }, notes: {} }, '01': { scores: { '1.1': 1 }, notes: {} } } };
  const to: RoundScores = { assessments: { '06': { scores: { '1.1': 2, '1.2': 1, '1.4': 2 }, notes: {} }, '03': { scores: { '1.1': 0 }, notes: {} } } };
  const rows = scoreChangeRows(latest, from, to);
  const row = (code: string) => rows.find((entry) => entry.county.code === code);

  test.each([
    ['1.1', 0, 2, 2],
    ['1.2', 2, 1, -1],
    ['1.3', 1, null, null],
    ['1.4', null, 2, null],
  ] as const)('Jönköping\'s %s went from %s to %s: a change of %s', (statement, before, after, delta) => {
    expect(row('06')?.cells.find((cell) => cell.statementId === statement)).toEqual({ statementId: statement, from: before, to: after, delta });
  });

  test('a county\'s total sums the changes of the statements scored in both rounds', () => {
    expect(row('06')).toMatchObject({ total: 1, compared: 2, changed: 2 });
  });

  test('a county with no statement scored in both rounds has no total, so it is not read as unchanged', () => {
    expect(row('01')).toMatchObject({ total: null, compared: 0, changed: 0 });
    expect(row('03')).toMatchObject({ total: null, compared: 0 });
  });

  test('sorting by total change puts the largest fall first ascending, and counties without one last either way', () => {
    const withFall = scoreChangeRows(latest, { assessments: { ...from.assessments, '05': { scores: { '1.1': 2 }, notes: {} } } }, { assessments: { ...to.assessments, '05': { scores: { '1.1': 0 }, notes: {} } } });
    const ascending = sortScoreChangeRows(withFall, { key: { by: 'total' }, direction: 'asc' }).map((entry) => entry.county.code);
    expect(ascending.slice(0, 2)).toEqual(['05', '06']);
    const descending = sortScoreChangeRows(withFall, { key: { by: 'total' }, direction: 'desc' }).map((entry) => entry.county.code);
    expect(descending.slice(0, 2)).toEqual(['06', '05']);
    expect(descending.slice(2)).toEqual(codes.filter((code) => code !== '05' && code !== '06'));
  });

  test('sorting by one statement orders by its change', () => {
    const sorted = sortScoreChangeRows(rows, { key: { by: 'statement', statementId: '1.1' }, direction: 'desc' });
    expect(sorted[0]?.county.code).toBe('06');
  });

  test('swapping the two rounds turns every change and total around', () => {
    fc.assert(
      fc.property(roundArb, roundArb, (a, b) => {
        const forward = scoreChangeRows(latest, a, b);
        const backward = scoreChangeRows(latest, b, a);
        forward.forEach((entry, index) => {
          const other = backward[index];
          expect(negated(other?.total ?? null)).toBe(entry.total);
          expect(other?.cells.map((cell) => negated(cell.delta))).toEqual(entry.cells.map((cell) => cell.delta));
        });
      }),
      { numRuns: 40 },
    );
  });
});
