import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Round } from '../../src/domain/rounds/round';
import type { Assessment } from '../../src/domain/workspace/assessment';
import { isDone, roundRecordOf, type Workspace } from '../../src/domain/workspace/workspace';
import { parseWorkspaceFile, toWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { loadInstrument, unwrap } from './load-instrument';
import { oneRound } from './one-round';
import { wholeWorkspaceArb } from './workspace-arbitrary';

const instrument = loadInstrument();
/** The round a version-1 file is read into: here, the one the 2016 report describes. */
const LEGACY: Round = { id: '2016', name: 'Länsinventering 2016', period: '2016', criteria: 'bilaga1-2016' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const kept = (version: number): Json =>
  JSON.parse(readFileSync(resolve(process.cwd(), `tests/fixtures/formats/lansinventering-scores/v${version}.json`), 'utf8')) as Json;

/** The file keeps a county's informants in their order, not their positions: positions read back as 0, 1, 2… */
function ranked(workspace: Workspace): Workspace {
  const data = Object.fromEntries(
    Object.entries(workspace.data).map(([round, record]) => {
      const informants = Object.fromEntries(
        Object.entries(record.informants).map(([county, rows]) => {
          const ordered = Object.entries(rows).sort(([idA, a], [idB, b]) => a.position - b.position || (idA < idB ? -1 : 1));
          return [county, Object.fromEntries(ordered.map(([id, row], position) => [id, { ...row, position }]))];
        }),
      );
      return [round, { ...record, informants }];
    }),
  );
  return { ...workspace, data };
}

test('any workspace of rounds, raters, agreed and raters’ scores, notes, reasons, levels, done marks, guide answers, informants, summaries and statuses reads back as written', () => {
  const now = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
  fc.assert(
    fc.property(wholeWorkspaceArb, now, (workspace, date) => {
      const text = JSON.stringify(toWorkspaceFile(workspace, instrument, date));
      expect(parseWorkspaceFile(JSON.parse(text), instrument, LEGACY)).toEqual({ ok: true, value: { workspace: ranked(workspace), version: 3 } });
    }),
    { numRuns: 300 },
  );
});

test('the kept version-2 example reads with its rounds, raters, reasons, group level and done marks, and is written back as it was', () => {
  const file = kept(2);
  const { workspace, version } = unwrap(parseWorkspaceFile(file, instrument, LEGACY), 'the version-2 example');
  expect(version).toBe(2);
  expect(Object.keys(workspace.rounds).sort()).toEqual(['2016', '2026']);
  expect(workspace.raters).toEqual({ 'anna-l': { name: 'Anna L.' }, bo: { name: 'Bo' } });
  const record = roundRecordOf(workspace, '2026');
  expect(record.agreed['06']?.scores['4.2']).toBe(1);
  expect(record.raters['bo']?.['06']?.scores['4.2']).toBe(2);
  expect(record.reasons['06']?.['4.2']).toMatch(/^Bo gav 2/);
  // The file numbers levels from 1; inside the domain the strongest of three is 2.
  expect(record.levels['06']?.['4']?.level).toBe(2);
  expect([isDone(record, 'anna-l', '06'), isDone(record, 'anna-l', '25'), isDone(record, 'bo', '06')]).toEqual([true, false, true]);
  const written = JSON.parse(JSON.stringify(toWorkspaceFile(workspace, instrument, new Date(file.exportedAt as string)))) as Json;
  expect(written).toEqual({ ...file, version: 3, answers: [], informants: [], reported: [], summaries: [] });
});

test('the kept version-3 example reads with its guide answers, informants, source totals, summary, comment and statuses, and is written back as it was', () => {
  const file = kept(3);
  const { workspace, version, notes } = unwrap(parseWorkspaceFile(file, instrument, LEGACY), 'the version-3 example');
  expect([version, notes]).toEqual([3, file.notes]);
  const record2016 = roundRecordOf(workspace, '2016');
  expect(record2016.answers['06']).toEqual({ 'g1.2': { note: 'Utvecklingsledare och FoU-chef, båda på FoUrum.' } });
  expect(Object.values(record2016.informants['06'] ?? {}).map((row) => [row.organisation, row.position])).toEqual([
    ['Kommunal utveckling - FoUrum social välfärd', 0],
    ['Sektion folkhälsa', 1],
  ]);
  expect(record2016.reported).toEqual({ visit: 2, phone: 1 });
  const record2026 = roundRecordOf(workspace, '2026');
  expect(record2026.summaries['06']).toMatch(/^Bred samverkan/);
  expect(record2026.comments['06']?.['4']).toMatch(/^Överblicken/);
  expect(record2026.statuses['06']).toEqual({ '2026-03-10T09:00:00.000Z': 'utkast', '2026-03-12T14:30:00.000Z': 'skickad' });
  expect(record2026.answers['06']).toEqual({
    'g2.6': { note: 'Basanslaget räknas per invånare.', choices: { basanslag: true, uppdragsfinansiering: true } },
    'g2.7': { figure: 12.5 },
  });
  const { notes: _notes, ...withoutNotes } = file;
  const written = JSON.parse(JSON.stringify(toWorkspaceFile(workspace, instrument, new Date(file.exportedAt as string)))) as Json;
  expect(written).toEqual(withoutNotes);
});

test('a version-1 file’s scores and notes become the agreed scores of the round it is read into', () => {
  const file = kept(1);
  const result = unwrap(parseWorkspaceFile(file, instrument, LEGACY), 'the version-1 example');
  expect(result.version).toBe(1);
  const assessments = Object.fromEntries(
    (file.assessments as ({ county: string } & Assessment)[]).map(({ county, scores, notes }) => [county, { scores, notes }]),
  );
  expect(result.workspace).toEqual(oneRound({ assessments }, LEGACY));
  expect(result.workspace.raters).toEqual({});
});

test('a version-1 file read into another round puts nothing in the first', () => {
  const other: Round = { id: '2026-03', name: 'Mars 2026', period: '2026-03', criteria: 'bilaga1-2016' };
  const { workspace } = unwrap(parseWorkspaceFile(kept(1), instrument, other), 'the version-1 example');
  expect(Object.keys(workspace.rounds)).toEqual(['2026-03']);
  expect(Object.keys(workspace.data)).toEqual(['2026-03']);
  expect(roundRecordOf(workspace, '2026-03').agreed['06']?.scores['1.1']).toBe(2);
});

// The kept example: assessments[0] 2016 agreed 06, [1] 2026 agreed 06 with reasons,
// [2] anna-l 06 done, [3] anna-l 25, [4] bo 06 done; groupLevels[0] 2026 06 area 4 level 3.
test.each<[string, (file: Json) => void, string, string]>([
  ['an assessment naming a round the file does not declare', (f) => (f.assessments[1].round = '2030'), 'assessments[1].round', 'omgången \'2030\' finns inte i "rounds"'],
  ['an assessment naming a rater the file does not declare', (f) => (f.assessments[4].rater = 'cecilia'), 'assessments[4].rater', 'bedömaren \'cecilia\' finns inte i "raters"'],
  ['a group level in a round the file does not declare', (f) => (f.groupLevels[0].round = '2030'), 'groupLevels[0].round', 'omgången \'2030\' finns inte i "rounds"'],
  ['a round id twice', (f) => f.rounds.push({ ...f.rounds[0], name: 'Igen' }), 'rounds[2].id', 'omgången \'2016\' förekommer två gånger'],
  ['a rater id twice', (f) => f.raters.push({ id: 'anna-l', name: 'Anna Lind' }), 'raters[2].id', 'bedömaren \'anna-l\' förekommer två gånger'],
  ['one rater’s county twice in a round', (f) => (f.assessments[3].county = '06'), 'assessments[3].county', 'länet \'06\' i omgången \'2026\' för bedömaren \'anna-l\' förekommer två gånger'],
  ['a group level without a reason', (f) => (f.groupLevels[0].reason = '  '), 'groupLevels[0].reason', 'gruppens nivå måste ha en motivering'],
  ['a group level above the area’s levels', (f) => (f.groupLevels[0].level = 4), 'groupLevels[0].level', 'området har nivåerna 1–3'],
  ['a group level of 0', (f) => (f.groupLevels[0].level = 0), 'groupLevels[0].level', 'nivån ska vara 1 eller högre'],
  ['a group level of an unknown area', (f) => (f.groupLevels[0].area = '7'), 'groupLevels[0].area', 'okänt område \'7\''],
  ['a group level for an unknown county', (f) => (f.groupLevels[0].county = '02'), 'groupLevels[0].county', 'okänt län \'02\''],
  ['done on the agreed scores', (f) => (f.assessments[1].done = true), 'assessments[1].done', 'bara en bedömares poäng kan vara klara'],
  ['reasons on a rater’s scores', (f) => (f.assessments[2].reasons = { '4.2': 'x' }), 'assessments[2].reasons', 'bara de gemensamma poängen har motiveringar'],
  ['a reason for an unknown statement', (f) => (f.assessments[1].reasons['9.9'] = 'x'), 'assessments[1].reasons["9.9"]', 'okänt påstående'],
  ['a rater id with capitals', (f) => f.raters.push({ id: 'Cecilia', name: 'Cecilia' }), 'raters[2].id', 'ska vara 1–32 tecken'],
  ['a rater without a name', (f) => (f.raters[1].name = ' '), 'raters[1].name', 'en bedömare måste ha ett namn eller initialer'],
  ['a round with a period that is not one', (f) => (f.rounds[0].period = 'våren 2016'), 'rounds[0].period', 'ska vara ett år (2026) eller ett år och en månad (2026-03)'],
  ['a round scored against other criteria', (f) => (f.rounds[0].criteria = 'bilaga1-2030'), 'rounds[0].criteria', 'kriterierna \'bilaga1-2030\''],
])('a file with %s is refused, in Swedish, at the place', (_case, mutate, path, message) => {
  const file = kept(2);
  mutate(file);
  const result = parseWorkspaceFile(file, instrument, LEGACY);
  expect(result.ok ? [] : result.problems).toEqual([{ path, message: expect.stringContaining(message) as unknown }]);
});

test.each([
  ['a question the guide does not have', { question: 'g9.9', note: 'x' }, 'answers[0].question', "okänd fråga 'g9.9'"],
  ['an option the question does not offer', { question: 'g2.6', choices: ['basanslag', 'lotteri'] }, 'answers[0].choices[1]', "frågan 'g2.6' har inget val 'lotteri'"],
  ['an option on a question without options', { question: 'g2.7', choices: ['basanslag'] }, 'answers[0].choices[0]', "frågan 'g2.7' har inget val 'basanslag'"],
])('an answer naming %s is refused at its place, and nothing is read', (_case, answer, path, message) => {
  const file = { ...kept(3), answers: [{ round: '2016', county: '06', ...answer }] };
  const result = parseWorkspaceFile(file, instrument, LEGACY);
  expect(result.ok ? [] : result.problems).toEqual([{ path, message }]);
});
