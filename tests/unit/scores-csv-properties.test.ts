import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toScoresCsv } from '../../src/domain/csv/scores-csv';
import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import type { CsvDelimiter } from '../../src/lib/csv-text';
import { dataOf, readScoresCsv } from './csv-support';
import { allStatementIds, loadInstrument } from './load-instrument';
import { readRounds, sample } from './scores-csv-sample';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);
const codes = instrument.counties.map((county) => county.code);
const BOM = '\uFEFF';
const CRITERIA = instrument.criteria.id;


// Properties of the long form: any workspace reads back, and no text makes the import throw.

const ROUND_IDS = ['2016', '2026', '2026-host', 'x_1', '-y'];
const RATER_IDS = ['anna', 'bo', 'anna-2', 'eva'];
const nameArb = fc.oneof(
  fc.constantFrom('Anna', 'anna', 'ANNA', 'Bo', 'bo', 'anna-2', ' Eva ', '=Eva', "'+Eva", 'Åsa', 'A\u030asa', 'Anna; "A"'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== ''),
);
const noteArb = fc
  .oneof(
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '"', "'", '\r', '\n', '\t', ' ', 'a', 'ö'), minLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1 }),
  )
  .filter((text) => text.trim() !== '');
const cellArb = fc.record({
  round: fc.constantFrom(...ROUND_IDS),
  rater: fc.constantFrom(AGREED, ...RATER_IDS),
  county: fc.constantFrom(...codes),
  statement: fc.constantFrom(...ids),
});
const valueChangeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.tuple(cellArb, fc.constantFrom<Score>(0, 1, 2)).map(([cell, value]): Change => ({ field: 'score', ...cell, value })),
  fc.tuple(cellArb, noteArb).map(([cell, value]): Change => ({ field: 'note', ...cell, value })),
);
const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    rounds: fc.uniqueArray(fc.constantFrom(...ROUND_IDS), { maxLength: ROUND_IDS.length }),
    raters: fc.uniqueArray(fc.tuple(fc.constantFrom(...RATER_IDS), nameArb), { selector: ([id]) => id }),
    values: fc.array(valueChangeArb, { maxLength: 30 }),
  })
  .map(({ rounds, raters, values }) =>
    applyChanges(EMPTY_WORKSPACE, [
      ...rounds.map((round): Change => ({ field: 'round', round, value: { name: `Omgång ${round}`, period: '2020', criteria: CRITERIA } })),
      ...raters.map(([rater, name]): Change => ({ field: 'rater', rater, value: { name } })),
      ...values,
    ]),
  );

test.each<CsvDelimiter>([';', ','])('any workspace written with %j reads back into it with the same scores and notes of every round and hand', (delimiter) => {
  fc.assert(
    fc.property(workspaceArb, (workspace) => {
      const read = readRounds(toScoresCsv(workspace, instrument, delimiter), workspace);
      expect(dataOf(read)).toEqual(dataOf(workspace));
      // Nothing of the workspace is renamed and no rater is added.
      for (const [id, details] of Object.entries(read.rounds)) if (workspace.rounds[id]) expect(details).toEqual(workspace.rounds[id]);
      expect(Object.keys(read.raters).every((id) => workspace.raters[id] !== undefined)).toBe(true);
    }),
    { numRuns: 200 },
  );
});

test('any workspace whose raters have names apart reads into an empty workspace with every rater’s scores under the rater’s name', () => {
  // Names apart: no two the same but for case or Unicode form, and none another rater's id.
  const distinct = workspaceArb.filter((workspace) => {
    const keys = Object.values(workspace.raters).map((rater) => rater.name.trim().normalize('NFC').toLocaleLowerCase('sv'));
    return new Set(keys).size === keys.length && keys.every((key) => !RATER_IDS.includes(key));
  });
  fc.assert(
    fc.property(distinct, (workspace) => {
      const read = readRounds(toScoresCsv(workspace, instrument));
      const byName = (w: Workspace) =>
        Object.fromEntries(
          Object.entries(w.data).flatMap(([round, record]) =>
            Object.entries(record.raters).map(([id, sheet]) => [`${round} ${w.raters[id]?.name.trim() ?? id}`, sheet]),
          ),
        );
      expect(byName(read)).toEqual(byName(workspace));
    }),
    { numRuns: 200 },
  );
});

/** Importing must answer, never throw: either a workspace or at least one problem. */
function answers(text: string): boolean {
  const result = readScoresCsv(text, instrument, sample);
  return result.ok || result.problems.length > 0;
}

const csvCharArb = fc.constantFrom(';', ',', '"', "'", '\r', '\n', ' ', '0', '1', '2', '3', '6', '.', 'x', 'ö', BOM);

test('importing arbitrary text never throws', () => {
  fc.assert(fc.property(fc.oneof(fc.string({ unit: csvCharArb }), fc.string({ unit: 'binary' })), answers), { numRuns: 300 });
});

type Edit = { kind: 'delete' | 'insert' | 'replace'; at: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace'),
  at: fc.nat(),
  text: fc.string({ unit: csvCharArb, minLength: 1, maxLength: 4 }),
});

function applyEdit(text: string, { kind, at, text: piece }: Edit): string {
  const i = at % (text.length + 1);
  if (kind === 'insert') return text.slice(0, i) + piece + text.slice(i);
  return text.slice(0, i) + (kind === 'replace' ? piece : '') + text.slice(i + piece.length);
}

test('importing a valid export with characters deleted, inserted or replaced never throws', () => {
  fc.assert(
    fc.property(workspaceArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (workspace, edits) =>
      answers(edits.reduce(applyEdit, toScoresCsv(workspace, instrument))),
    ),
    { numRuns: 300 },
  );
});
