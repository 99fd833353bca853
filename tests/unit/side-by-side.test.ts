import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  areaMean,
  compareStatements,
  formatSelection,
  levelsByArea,
  median,
  nationalMedians,
  parseSelection,
  radarRows,
  toggleCounty,
} from '../../src/domain/compare/side-by-side';
import type { Score } from '../../src/domain/score';
import { allScored, areaById, loadInstrument, scoresFrom, workspaceOf } from './load-instrument';

const instrument = loadInstrument();
const counties = instrument.counties;

describe('parseSelection', () => {
  test.each([
    { raw: null, codes: [], unknown: [], overflow: [] },
    { raw: '', codes: [], unknown: [], overflow: [] },
    { raw: '06,17,24', codes: ['06', '17', '24'], unknown: [], overflow: [] },
    { raw: '24,06,17', codes: ['06', '17', '24'], unknown: [], overflow: [] },
    { raw: ' 06 , 06,,17', codes: ['06', '17'], unknown: [], overflow: [] },
    { raw: '06,02,xx,17,02', codes: ['06', '17'], unknown: ['02', 'xx'], overflow: [] },
    { raw: '25,01,03,12,14', codes: ['01', '03', '12', '14'], unknown: [], overflow: ['25'] },
    { raw: '99', codes: [], unknown: ['99'], overflow: [] },
  ])('$raw → $codes (unknown $unknown, overflow $overflow)', ({ raw, codes, unknown, overflow }) => {
    expect(parseSelection(raw, counties)).toEqual({ codes, unknown, overflow });
  });

  test('formatSelection writes the codes in county-list order', () => {
    expect(formatSelection(['24', '06', '17'], counties)).toBe('06,17,24');
  });
});

describe('toggleCounty', () => {
  test.each([
    { codes: [], code: '06', chosen: true, expected: ['06'] },
    { codes: ['17'], code: '06', chosen: true, expected: ['06', '17'] },
    { codes: ['06', '17'], code: '06', chosen: false, expected: ['17'] },
    { codes: ['06', '17'], code: '06', chosen: true, expected: ['06', '17'] },
    { codes: ['01', '03', '12', '14'], code: '06', chosen: true, expected: ['01', '03', '12', '14'] },
    { codes: ['01', '03', '12', '14'], code: '03', chosen: false, expected: ['01', '12', '14'] },
  ])('$codes, $code → $chosen: $expected', ({ codes, code, chosen, expected }) => {
    expect(toggleCounty(codes, code, chosen, counties)).toEqual(expected);
  });
});

describe('areaMean', () => {
  const area3 = areaById(instrument, '3');
  test.each([
    { scores: {}, mean: null },
    { scores: { '1.1': 2 }, mean: null },
    { scores: { '3.1': 2 }, mean: 2 },
    { scores: { '3.1': 2, '3.2': 1 }, mean: 1.5 },
    { scores: { '3.1': 2, '3.2': 1, '3.3': 0 }, mean: 1 },
  ] as { scores: Record<string, Score>; mean: number | null }[])('$scores → $mean', ({ scores, mean }) => {
    expect(areaMean(area3, scoresFrom(scores))).toBe(mean);
  });
});

describe('median', () => {
  test.each([
    { values: [], expected: null },
    { values: [1], expected: 1 },
    { values: [2, 0], expected: 1 },
    { values: [2, 0, 1.5], expected: 1.5 },
    { values: [0, 0, 2, 2], expected: 1 },
    { values: [0.5, 2, 1, 0, 1], expected: 1 },
  ])('$values → $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

test('the national median counts only counties with a scored statement in the area', () => {
  const workspace = workspaceOf({
    '01': allScored(instrument, 0),
    '03': allScored(instrument, 1),
    '12': allScored(instrument, 2),
    '14': scoresFrom({ '4.1': 2, '4.2': 2 }),
  });
  const medians = nationalMedians(instrument, workspace);
  expect(medians.map((m) => [m.areaId, m.median, m.counties])).toEqual([
    ['1', 1, 3],
    ['2', 1, 3],
    ['3', 1, 3],
    ['4', 1.5, 4],
    ['5', 1, 3],
    ['6', 1, 3],
  ]);
  expect(nationalMedians(instrument, workspaceOf({})).every((m) => m.median === null && m.counties === 0)).toBe(true);
});

test('radarRows gives each chosen county its area means, null where it scored nothing', () => {
  const workspace = workspaceOf({ '06': allScored(instrument, 2), '17': scoresFrom({ '3.1': 1, '3.2': 0 }) });
  const rows = radarRows(instrument, workspace, ['06', '17']);
  expect(rows.find((row) => row.areaId === '3')).toEqual({ areaId: '3', median: 1.25, counties: 2, means: [2, 0.5] });
  expect(rows.find((row) => row.areaId === '1')).toEqual({ areaId: '1', median: 2, counties: 1, means: [2, null] });
});

describe('compareStatements', () => {
  const workspace = workspaceOf({
    '01': scoresFrom({ '1.1': 2, '1.2': 1, '1.3': 0 }),
    '03': scoresFrom({ '1.1': 2, '1.2': 2 }),
  });
  const rows = compareStatements(instrument, workspace, ['01', '03']).flatMap((area) => area.rows);
  test.each([
    { id: '1.1', scores: [2, 2], differs: false, complete: true },
    { id: '1.2', scores: [1, 2], differs: true, complete: true },
    { id: '1.3', scores: [0, null], differs: false, complete: false },
    { id: '1.4', scores: [null, null], differs: false, complete: false },
  ])('$id: $scores, differs $differs', ({ id, scores, differs, complete }) => {
    expect(rows.find((row) => row.statementId === id)).toEqual({ statementId: id, scores, differs, complete });
  });

  test('groups all 32 statements under their six areas, in instrument order', () => {
    const areas = compareStatements(instrument, workspace, ['01', '03']);
    expect(areas.map((area) => area.areaId)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(areas.flatMap((area) => area.rows.map((row) => row.statementId))).toEqual(instrument.statements.map((s) => s.id));
  });
});

test('levelsByArea rates each area for each chosen county, in the order chosen', () => {
  const workspace = workspaceOf({ '01': allScored(instrument, 0), '12': allScored(instrument, 2) });
  const levels = levelsByArea(instrument, workspace, ['01', '06', '12']);
  const area3 = levels.find((row) => row.areaId === '3');
  expect(area3?.ratings.map((rating) => (rating.status === 'rated' ? rating.level : rating.status))).toEqual([0, 'not-rated', 2]);
});

describe('properties', () => {
  const codes = counties.map((county) => county.code);
  const score = fc.constantFrom<Score>(0, 1, 2);

  test('the median lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 21 }), (values) => {
        const m = median(values) ?? NaN;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  test('a parsed selection holds known codes only, at most four, in county-list order, and is stable', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...codes), fc.string({ maxLength: 3 }))), (tokens) => {
        const { codes: chosen } = parseSelection(tokens.join(','), counties);
        expect(chosen.length).toBeLessThanOrEqual(4);
        expect(chosen.every((code) => codes.includes(code))).toBe(true);
        expect([...chosen].sort((a, b) => codes.indexOf(a) - codes.indexOf(b))).toEqual(chosen);
        expect(parseSelection(chosen.join(','), counties).codes).toEqual(chosen);
      }),
    );
  });

  test('differs is false when all chosen counties have the same score, true when two scores differ', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...codes), { minLength: 2, maxLength: 4 }), score, score, (chosen, a, b) => {
        const same = workspaceOf(Object.fromEntries(chosen.map((code) => [code, allScored(instrument, a)])));
        expect(compareStatements(instrument, same, chosen).every((area) => area.rows.every((row) => !row.differs))).toBe(true);
        const mixed = workspaceOf({ ...same.assessments, [chosen[0] ?? '']: allScored(instrument, b) });
        const differs = compareStatements(instrument, mixed, chosen).every((area) => area.rows.every((row) => row.differs));
        expect(differs).toBe(a !== b);
      }),
    );
  });

  test('every area mean lies between 0 and 2, and the national median between the counties\' means', () => {
    const assessment = fc
      .array(fc.option(score, { nil: undefined }), { minLength: 32, maxLength: 32 })
      .map((scores) => scoresFrom(Object.fromEntries(scores.flatMap((s, i) => (s === undefined ? [] : [[instrument.statements[i]?.id ?? '', s]])))));
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 1, maxLength: 21 }), (assessments) => {
        const workspace = workspaceOf(Object.fromEntries(assessments.map((a, i) => [codes[i] ?? '', a])));
        for (const [index, row] of nationalMedians(instrument, workspace).entries()) {
          const area = instrument.areas[index];
          const means = assessments.flatMap((a) => (area ? [areaMean(area, a)] : [])).filter((m): m is number => m !== null);
          expect(row.counties).toBe(means.length);
          if (row.median === null) expect(means).toEqual([]);
          else {
            expect(row.median).toBeGreaterThanOrEqual(Math.min(...means));
            expect(row.median).toBeLessThanOrEqual(Math.max(...means));
            for (const m of means) expect(m >= 0 && m <= 2).toBe(true);
          }
        }
      }),
    );
  });
});
