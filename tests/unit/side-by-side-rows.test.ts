import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareStatements, levelsByArea } from '../../src/domain/compare/side-by-side';
import { sideBySideRows, type SideBySideRows } from '../../src/domain/compare/side-by-side-rows';
import type { Score } from '../../src/domain/score';
import type { Assessment, RoundScores } from '../../src/domain/workspace/assessment';
import { allScored, allStatementIds, loadInstrument, scoresFrom, workspaceOf, type ScoreSpec } from './load-instrument';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);
const codes = instrument.counties.map((county) => county.code);

/** What the page calls: both comparisons of the chosen counties, then the rows to show. */
function rows(workspace: RoundScores, chosen: readonly string[], onlyDifferences: boolean): SideBySideRows {
  return sideBySideRows(levelsByArea(instrument, workspace, chosen), compareStatements(instrument, workspace, chosen), onlyDifferences);
}

const shownAreas = (result: SideBySideRows) => result.levels.map((row) => row.areaId);
const shownStatements = (result: SideBySideRows) => result.statements.flatMap((area) => area.rows.map((row) => row.statementId));

describe('which areas differ in level', () => {
  // Area 3: level 2 when 3.1–3.3 are all 2, level 1 when 3.1 ≥ 1 and 3.2 ≥ 1, else level 0.
  const area3 = (scores: ScoreSpec) => scoresFrom(scores);
  test.each<[string, Record<string, Assessment>, boolean, boolean]>([
    ['two counties at the same level', { '06': area3({ '3.1': 2, '3.2': 1, '3.3': 0 }), '17': area3({ '3.1': 1, '3.2': 2, '3.3': 2 }) }, false, true],
    ['level 0 beside level 2', { '06': area3({ '3.1': 0, '3.2': 0, '3.3': 0 }), '17': area3({ '3.1': 2, '3.2': 2, '3.3': 2 }) }, true, true],
    ['a rated county beside a not-rated one is not a difference', { '06': area3({ '3.1': 2, '3.2': 2, '3.3': 2 }), '17': area3({ '3.1': 2 }) }, false, false],
    ['neither rated', { '06': area3({}), '17': area3({}) }, false, false],
  ])('%s', (_, assessments, differs, complete) => {
    const row = levelsByArea(instrument, workspaceOf(assessments), ['06', '17']).find((candidate) => candidate.areaId === '3');
    expect(row && { differs: row.differs, complete: row.complete }).toEqual({ differs, complete });
  });

  test('a third county at another level makes the area differ, though the first two agree', () => {
    const workspace = workspaceOf({ '01': allScored(instrument, 1), '03': allScored(instrument, 1), '12': allScored(instrument, 2) });
    expect(levelsByArea(instrument, workspace, ['01', '03']).some((row) => row.differs)).toBe(false);
    expect(levelsByArea(instrument, workspace, ['01', '03', '12']).every((row) => row.differs)).toBe(true);
  });
});

describe('the rows shown', () => {
  // Stockholm all 0 and Uppsala all 0 except 3.1 and 3.2 (area 3 at level 1) and 6.1 (no level change).
  const workspace = workspaceOf({ '01': allScored(instrument, 0), '03': allScored(instrument, 0, { '3.1': 1, '3.2': 1, '6.1': 1 }) });

  test('all of them, with how many differ', () => {
    const result = rows(workspace, ['01', '03'], false);
    expect(shownAreas(result)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(shownStatements(result)).toEqual(ids);
    expect(result.counts).toEqual({ areas: { differing: 1, total: 6 }, statements: { differing: 3, total: 32 } });
  });

  test('only the differences: the areas and statements that differ, an area with none of its statements left out', () => {
    const result = rows(workspace, ['01', '03'], true);
    expect(shownAreas(result)).toEqual(['3']);
    expect(result.statements.map((area) => [area.areaId, area.rows.map((row) => row.statementId)])).toEqual([
      ['3', ['3.1', '3.2']],
      ['6', ['6.1']],
    ]);
    expect(result.counts).toEqual({ areas: { differing: 1, total: 6 }, statements: { differing: 3, total: 32 } });
  });
});

describe('properties', () => {
  const score = fc.constantFrom<Score>(0, 1, 2);
  /** Every statement scored, or some left without a score. */
  const assessment: fc.Arbitrary<Assessment> = fc
    .array(fc.option(score, { nil: undefined, freq: 3 }), { minLength: ids.length, maxLength: ids.length })
    .map((scores) => scoresFrom(Object.fromEntries(scores.flatMap((value, index) => (value === undefined ? [] : [[ids[index] ?? '', value]])))));
  /** Two to four chosen counties, each with its own assessment. */
  const comparison = fc.uniqueArray(fc.constantFrom(...codes), { minLength: 2, maxLength: 4 }).chain((chosen) =>
    fc.tuple(fc.constant(chosen), fc.array(assessment, { minLength: chosen.length, maxLength: chosen.length })),
  );
  const workspaceFor = (chosen: readonly string[], assessments: readonly Assessment[]) =>
    workspaceOf(Object.fromEntries(chosen.map((code, index) => [code, assessments[index] ?? scoresFrom({})])));

  test('a county compared with itself has no differences', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), assessment, fc.integer({ min: 2, max: 4 }), (code, own, times) => {
        const result = rows(workspaceOf({ [code]: own }), Array<string>(times).fill(code), true);
        expect(result.levels).toEqual([]);
        expect(result.statements).toEqual([]);
        expect(result.counts.areas.differing + result.counts.statements.differing).toBe(0);
      }),
    );
  });

  test('the rows that differ are the same whatever the order of the counties', () => {
    fc.assert(
      fc.property(
        comparison.chain(([chosen, assessments]) =>
          fc.tuple(fc.constant(chosen), fc.constant(assessments), fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length })),
        ),
        ([chosen, assessments, reordered]) => {
          const workspace = workspaceFor(chosen, assessments);
          const first = rows(workspace, chosen, true);
          const second = rows(workspace, reordered, true);
          expect(shownAreas(second)).toEqual(shownAreas(first));
          expect(shownStatements(second)).toEqual(shownStatements(first));
          expect(second.counts).toEqual(first.counts);
        },
      ),
    );
  });

  test('only the differences shows exactly the rows whose present values are not all equal, in the order of all rows', () => {
    fc.assert(
      fc.property(comparison, ([chosen, assessments]) => {
        const workspace = workspaceFor(chosen, assessments);
        const all = rows(workspace, chosen, false);
        const only = rows(workspace, chosen, true);
        const levelOf = (rating: (typeof all.levels)[number]['ratings'][number]) => (rating.status === 'rated' ? rating.level : null);
        const differ = (values: readonly (number | null)[]) => new Set(values.filter((value) => value !== null)).size > 1;
        expect(shownAreas(only)).toEqual(all.levels.filter((row) => differ(row.ratings.map(levelOf))).map((row) => row.areaId));
        expect(shownStatements(only)).toEqual(all.statements.flatMap((area) => area.rows.filter((row) => differ(row.scores)).map((row) => row.statementId)));
        expect(only.counts).toEqual(all.counts);
        expect(only.counts.areas.differing).toBe(only.levels.length);
        expect(only.counts.statements.differing).toBe(shownStatements(only).length);
        expect(shownStatements(all)).toEqual(ids);
      }),
    );
  });
});
