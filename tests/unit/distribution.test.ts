import { expect, test } from 'vitest';
import { distributeAll, distributeArea, sameDistribution, type AreaDistribution } from '../../src/domain/rating/distribution';
import { EMPTY_ROUND_SCORES, type RoundScores } from '../../src/domain/workspace/assessment';
import { allScored, allScoredExcept, areaById, loadInstrument, workspaceOf } from './load-instrument';

const instrument = loadInstrument();
/** How many counties of all are rated, as the figures say it. */
const coverage = (distribution: AreaDistribution) => `${distribution.ratedCount} av ${distribution.total}`;

/** Stockholm fully at 2, Gotland fully at 1, Skåne fully at 0 except 5.1, Norrbotten missing 3.3. */
function sampleWorkspace(): RoundScores {
  return workspaceOf({
    '01': allScored(instrument, 2),
    '09': allScored(instrument, 1),
    '12': allScored(instrument, 0, { '5.1': 1 }),
    '25': allScoredExcept(instrument, 2, {}, ['3.3']),
  });
}

const codesIn = (counties: readonly { code: string }[]) => counties.map((county) => county.code);

test('an empty workspace leaves every county of every figure not rated', () => {
  for (const distribution of distributeAll(instrument, EMPTY_ROUND_SCORES)) {
    expect(distribution.ratedCount).toBe(0);
    expect(distribution.notRated).toHaveLength(21);
    expect(distribution.levels.map((level) => level.count)).toEqual([0, 0, 0]);
    expect(coverage(distribution)).toBe('0 av 21');
  }
});

test('two fully scored counties give "2 av 21 bedömda"', () => {
  const workspace = workspaceOf({ '06': allScored(instrument, 2), '20': allScored(instrument, 0) });
  for (const distribution of distributeAll(instrument, workspace)) {
    expect(coverage(distribution)).toBe('2 av 21');
  }
});

test('a figure’s columns run from the weakest level to the strongest, with the report’s labels', () => {
  const distribution = distributeArea(instrument, areaById(instrument, '6'), EMPTY_ROUND_SCORES);
  expect(distribution.levels.map((level) => [level.level, level.label.sv])).toEqual([
    [0, 'Otillräcklig kvalitetssäkring'],
    [1, 'Bitvis välutvecklad kvalitetssäkring'],
    [2, 'Välutvecklad kvalitetssäkring'],
  ]);
});

test('a distribution names its area, figure and figure title', () => {
  const distribution = distributeArea(instrument, areaById(instrument, '4'), EMPTY_ROUND_SCORES);
  expect(distribution).toMatchObject({ areaId: '4', figure: 4, title: { sv: 'Samarbeten på länsnivå', en: 'Collaborations at county level' }, total: 21 });
});

test('distributeAll gives one distribution per area, in figure order', () => {
  expect(distributeAll(instrument, EMPTY_ROUND_SCORES).map((distribution) => distribution.figure)).toEqual([
    1, 2, 3, 4, 5, 6,
  ]);
});

test('counties are placed in the column of their level in area 5', () => {
  const distribution = distributeArea(instrument, areaById(instrument, '5'), sampleWorkspace());
  expect(distribution.levels.map((level) => codesIn(level.counties))).toEqual([[], ['09', '12'], ['01', '25']]);
  expect(distribution.levels.map((level) => level.count)).toEqual([0, 2, 2]);
  expect(distribution.ratedCount).toBe(4);
  expect(coverage(distribution)).toBe('4 av 21');
});

test('a county with an unscored statement of area 3 is left out of Figur 3 only', () => {
  const [first, second, third] = distributeAll(instrument, sampleWorkspace());
  expect(third?.levels.map((level) => codesIn(level.counties))).toEqual([['12'], ['09'], ['01']]);
  expect(codesIn(third?.notRated ?? [])).toContain('25');
  expect(coverage(third ?? fail())).toBe('3 av 21');
  expect(first?.ratedCount).toBe(4);
  expect(second?.ratedCount).toBe(4);
});

test('not-rated counties keep county-list order', () => {
  const distribution = distributeArea(instrument, areaById(instrument, '1'), sampleWorkspace());
  expect(codesIn(distribution.notRated)).toEqual(
    instrument.counties.map((county) => county.code).filter((code) => !['01', '09', '12', '25'].includes(code)),
  );
});

test('area 1 counts a county only when the sectors of area 2 are scored too', () => {
  const onlyArea1 = allScoredExcept(instrument, 2, {}, ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
  const workspace = workspaceOf({ '03': onlyArea1, '04': allScored(instrument, 2) });
  const [area1, area2] = distributeAll(instrument, workspace);
  expect(codesIn(area1?.levels[2]?.counties ?? [])).toEqual(['04']);
  expect(codesIn(area1?.notRated ?? [])).toContain('03');
  expect(area2?.ratedCount).toBe(1);
});

test('when every county has some but not all competences, all 21 stand in the middle column of Figur 5', () => {
  const assessments = Object.fromEntries(
    instrument.counties.map((county, index) => [county.code, allScored(instrument, 2, { [`5.${(index % 8) + 1}`]: 0 })]),
  );
  const distribution = distributeArea(instrument, areaById(instrument, '5'), workspaceOf(assessments));
  expect(distribution.levels.map((level) => level.count)).toEqual([0, 21, 0]);
  expect(distribution.levels[1]?.label.sv).toBe('Bitvis välutvecklad kapacitet och kompetens');
  expect(coverage(distribution)).toBe('21 av 21');
});

function fail(): never {
  throw new Error('missing distribution');
}

test.each([
  ['the same workspace rated twice', (workspace: RoundScores) => workspace, true],
  ['a note added', (workspace: RoundScores) => withScore(workspace, '01', '1.1', undefined, 'ny anteckning'), true],
  ['a score that moves no county in area 3', (workspace: RoundScores) => withScore(workspace, '01', '1.1', 0), true],
  ['a score that moves Stockholm in area 3', (workspace: RoundScores) => withScore(workspace, '01', '3.1', 0), false],
  ['a score that leaves Stockholm not rated in area 3', (workspace: RoundScores) => withScore(workspace, '01', '3.2', null), false],
])('after %s, Figur 3 is the same figure: %s', (_, change, same) => {
  const before = sampleWorkspace();
  const area = areaById(instrument, '3');
  expect(sameDistribution(distributeArea(instrument, area, before), distributeArea(instrument, area, change(before)))).toBe(same);
});

/** The workspace with one county's score set (null removes it) and optionally a note. */
function withScore(workspace: RoundScores, code: string, id: string, score: 0 | 1 | 2 | null | undefined, note?: string): RoundScores {
  const assessment = workspace.assessments[code] ?? { scores: {}, notes: {} };
  const scores = { ...assessment.scores };
  if (score === null) delete scores[id];
  else if (score !== undefined) scores[id] = score;
  const notes = note === undefined ? assessment.notes : { ...assessment.notes, [id]: note };
  return { assessments: { ...workspace.assessments, [code]: { scores, notes } } };
}
