import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Score } from '../../src/domain/score';
import { assessmentOf, countScored, EMPTY_ASSESSMENT, EMPTY_ROUND_SCORES, type RoundScores } from '../../src/domain/workspace/assessment';
import { applyChange, applyChanges } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { parseWorkspaceFile, toWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { allStatementIds, loadInstrument } from './load-instrument';
import { agreedNote, agreedOf, agreedScore, oneRound, TEST_ROUND, withNote, withScore } from './one-round';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);
const codes = instrument.counties.map((county) => county.code);
const NOW = new Date('2016-03-15T09:30:00.000Z');

/** Export, write as JSON text, read the text back, import: what a saved file goes through. */
function roundTrip(workspace: Workspace, now: Date = NOW): ReturnType<typeof parseWorkspaceFile> {
  const text = JSON.stringify(toWorkspaceFile(workspace, instrument, now));
  return parseWorkspaceFile(JSON.parse(text), instrument, TEST_ROUND);
}

/** What a written workspace reads back as: itself, from a file of the current version. */
const readBack = (workspace: Workspace) => ({ ok: true, value: { workspace, version: 3 } });

function sampleScores(): RoundScores {
  let scores = withScore(EMPTY_ROUND_SCORES, '25', '6.1', 1);
  scores = withScore(scores, '25', '1.2', 0);
  scores = withScore(scores, '01', '3.3', 2);
  scores = withScore(scores, '01', '1.1', 2);
  scores = withNote(scores, '01', '1.1', 'Landstinget ingår inte i samverkansstrukturen.');
  return withNote(scores, '09', '5.2', 'Bara notering, inga poäng än');
}

const sampleWorkspace = () => oneRound(sampleScores());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function validFile(): Json {
  return JSON.parse(JSON.stringify(toWorkspaceFile(sampleWorkspace(), instrument, NOW))) as Json;
}

describe('writing and reading a workspace file', () => {
  test('the file names its format, version, criteria and export time', () => {
    const file = toWorkspaceFile(EMPTY_WORKSPACE, instrument, NOW);
    expect(file).toEqual({
      format: 'lansinventering-scores',
      version: 3,
      criteria: 'bilaga1-2016',
      exportedAt: '2016-03-15T09:30:00.000Z',
      rounds: [],
      raters: [],
      assessments: [],
      groupLevels: [],
      answers: [],
      informants: [],
      reported: [],
      summaries: [],
    });
  });

  test('the file names each round with its criteria, and each assessment its round', () => {
    const file = toWorkspaceFile(sampleWorkspace(), instrument, NOW);
    expect(file.rounds).toEqual([{ ...TEST_ROUND, criteria: 'bilaga1-2016' }]);
    expect(file.assessments.map((record) => record.round)).toEqual([TEST_ROUND.id, TEST_ROUND.id, TEST_ROUND.id]);
  });

  test('the file lists counties in county-list order and statements in instrument order', () => {
    const file = toWorkspaceFile(sampleWorkspace(), instrument, NOW);
    expect(file.assessments.map((record) => record.county)).toEqual(['01', '09', '25']);
    expect(Object.keys(file.assessments[0]?.scores ?? {})).toEqual(['1.1', '3.3']);
    expect(Object.keys(file.assessments[2]?.scores ?? {})).toEqual(['1.2', '6.1']);
  });

  test('a written workspace reads back unchanged', () => {
    expect(roundTrip(sampleWorkspace())).toEqual(readBack(sampleWorkspace()));
  });

  test('any workspace built by scoring and noting reads back unchanged', () => {
    const edit = fc.oneof(
      fc.record({
        county: fc.constantFrom(...codes),
        statement: fc.constantFrom(...ids),
        score: fc.option(fc.constantFrom<Score>(0, 1, 2), { nil: null }),
      }),
      fc.record({ county: fc.constantFrom(...codes), statement: fc.constantFrom(...ids), note: fc.string() }),
    );
    const now = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 60 }), now, (edits, date) => {
        const workspace = applyChanges(
          oneRound(EMPTY_ROUND_SCORES),
          edits.map((e) => ('note' in e ? agreedNote(e.county, e.statement, e.note) : agreedScore(e.county, e.statement, e.score))),
        );
        expect(roundTrip(workspace, date)).toEqual(readBack(workspace));
      }),
      { numRuns: 200 },
    );
  });

  test('a note at the length limit reads back unchanged', () => {
    const workspace = oneRound(withNote(EMPTY_ROUND_SCORES, '01', '1.1', 'x'.repeat(20_000)));
    expect(roundTrip(workspace)).toEqual(readBack(workspace));
  });

  test('a very long note that the editor accepts still reads back', () => {
    // A limit in the file format but not in the editor would make a saved workspace unreadable.
    const note = 'x'.repeat(200_000);
    const workspace = oneRound(withNote(EMPTY_ROUND_SCORES, '01', '1.1', note));
    const result = roundTrip(workspace);
    expect(result.ok ? [] : result.problems).toEqual([]);
    const read = result.ok ? agreedOf(result.value.workspace)['01']?.notes['1.1'] : undefined;
    expect(read === note).toBe(true);
  });

  test('blank notes in a file are dropped, and a county left with nothing is dropped', () => {
    const file = validFile();
    file.assessments[0].notes['1.1'] = '   ';
    file.assessments[1].notes['5.2'] = '';
    const result = parseWorkspaceFile(file, instrument, TEST_ROUND);
    expect(result.ok && agreedOf(result.value.workspace)['01']?.notes).toEqual({});
    expect(result.ok && Object.keys(agreedOf(result.value.workspace)).sort()).toEqual(['01', '25']);
  });
});

describe('editing a workspace', () => {
  test('setting a score keeps every other score and leaves the old workspace as it was', () => {
    const before = sampleWorkspace();
    const after = applyChange(before, agreedScore('01', '1.1', 0));
    expect(agreedOf(after)['01']?.scores).toEqual({ '1.1': 0, '3.3': 2 });
    expect(agreedOf(after)['25']).toBe(agreedOf(before)['25']);
    expect(agreedOf(before)['01']?.scores['1.1']).toBe(2);
  });

  test('clearing the last score of a county without notes removes the county', () => {
    const workspace = applyChanges(EMPTY_WORKSPACE, [agreedScore('07', '4.1', 1), agreedScore('07', '4.1', null)]);
    expect(agreedOf(workspace)).toEqual({});
  });

  test('clearing the last score keeps a county that still has a note', () => {
    const cleared = applyChanges(sampleWorkspace(), [agreedScore('01', '1.1', null), agreedScore('01', '3.3', null)]);
    expect(agreedOf(cleared)['01']).toEqual({ scores: {}, notes: { '1.1': expect.any(String) } });
  });

  test('clearing the last note of a county without scores removes the county', () => {
    const workspace = applyChange(sampleWorkspace(), agreedNote('09', '5.2', ''));
    expect(Object.keys(agreedOf(workspace)).sort()).toEqual(['01', '25']);
  });

  test('a note of only spaces and line breaks counts as blank', () => {
    expect(applyChange(EMPTY_WORKSPACE, agreedNote('10', '2.1', ' \n\t '))).toEqual(EMPTY_WORKSPACE);
  });

  test('an unassessed county reads as the empty assessment', () => {
    expect(assessmentOf(sampleScores(), '14')).toEqual(EMPTY_ASSESSMENT);
  });

  test('countScored counts the given statements that have a score, a 0 included', () => {
    const assessment = assessmentOf(sampleScores(), '25');
    expect(countScored(assessment, ['1.1', '1.2', '1.3'])).toBe(1);
    expect(countScored(assessment, ids)).toBe(2);
    expect(countScored(assessmentOf(sampleScores(), '09'), ids)).toBe(0);
  });
});

describe('invalid workspace files', () => {
  test.each<[string, (file: Json) => void, string, string]>([
    ['a score for an unknown statement', (f) => (f.assessments[0].scores['1.9'] = 1), 'assessments[0].scores["1.9"]', 'okänt påstående'],
    ['a note on an unknown statement', (f) => (f.assessments[1].notes['7.1'] = 'x'), 'assessments[1].notes["7.1"]', 'okänt påstående'],
    ['an unknown county', (f) => (f.assessments[2].county = '02'), 'assessments[2].county', "okänt län '02'"],
    ['a county twice', (f) => (f.assessments[2].county = '01'), 'assessments[2].county', 'förekommer två gånger'],
    ['a score of 3', (f) => (f.assessments[0].scores['1.1'] = 3), 'assessments[0].scores["1.1"]', 'poängen måste vara 0, 1 eller 2'],
    ['another criteria id', (f) => (f.criteria = 'bilaga1-2030'), 'criteria', "kriterierna 'bilaga1-2030'"],
    ['an unknown field', (f) => (f.comment = 'hej'), '(filen)', 'Okänd nyckel: "comment"'],
    ['an unknown field in an assessment', (f) => (f.assessments[1].ratings = {}), 'assessments[1]', 'Okänd nyckel'],
    ['no export time', (f) => delete f.exportedAt, 'exportedAt', 'ISO 8601'],
    ['an export time that is not a time', (f) => (f.exportedAt = 'igår'), 'exportedAt', 'ISO 8601'],
    ['version 4', (f) => (f.version = 4), 'version', 'version 4 är nyare'],
    ['another format', (f) => (f.format = 'lansinventering-criteria'), 'format', 'förväntade'],
  ])('a file with %s is rejected at the offending place', (_case, mutate, path, message) => {
    const file = validFile();
    mutate(file);
    const result = parseWorkspaceFile(file, instrument, TEST_ROUND);
    expect(result.ok ? [] : result.problems).toEqual([{ path, message: expect.stringContaining(message) }]);
  });

  test.each([['text'], [null], [[]], [{}]])('%j is not a workspace file', (input) => {
    const result = parseWorkspaceFile(input, instrument, TEST_ROUND);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '(filen)', message: 'filen saknar "format" och "version" och kan inte läsas' },
    ]);
  });

  test('a score keyed "__proto__" is reported rather than silently dropped', () => {
    // JSON.parse makes "__proto__" an own key, but copying the record would drop it unseen.
    const file = validFile();
    Object.defineProperty(file.assessments[0].scores, '__proto__', { value: 2, enumerable: true });
    const result = parseWorkspaceFile(file, instrument, TEST_ROUND);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'assessments[0].scores["__proto__"]', message: 'otillåten nyckel "__proto__"' },
    ]);
  });

  test('every problem of a file is reported at once, and nothing is read', () => {
    const file = validFile();
    file.assessments[0].county = '99';
    file.assessments[2].scores['9.9'] = 0;
    const result = parseWorkspaceFile(file, instrument, TEST_ROUND);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'assessments[0].county', message: "okänt län '99'" },
        { path: 'assessments[2].scores["9.9"]', message: 'okänt påstående' },
      ],
    });
  });
});
