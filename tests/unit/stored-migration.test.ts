import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { AGREED, changeKey, type Change } from '../../src/domain/workspace/changes';
import { lastChangedAt } from '../../src/domain/workspace/stamps';
import { parsePendingFile, parseStampsFile, toStampsFile } from '../../src/domain/workspace/stamps-schema';
import { roundRecordOf } from '../../src/domain/workspace/workspace';
import { legacyRoundFor, restoreWorkspace } from '../../src/store/persistence';
import type { StoredState, WorkspaceStorage } from '../../src/store/workspace-storage';
import { loadInstrument, unwrap } from './load-instrument';

const instrument = loadInstrument();
const TODAY = new Date(2026, 5, 15);

const kept = (format: string, version: number): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/formats', format, `v${version}.json`), 'utf8')) as unknown;

/** Midsummer of a year, in milliseconds: a time that is in that year in every time zone. */
const inYear = (year: number) => new Date(Date.UTC(year, 5, 21, 12)).getTime();
const stampsV1 = (...years: number[]) => ({
  format: 'lansinventering-stamps',
  version: 1,
  stamps: Object.fromEntries(years.map((year, index) => [`06/1.${index + 1}/score`, { at: inYear(year), tab: 'a' }])),
});

test.each<[string, unknown, string]>([
  ['nothing stored: this year', undefined, '2026'],
  ['stamps of version 1: the year of the latest', stampsV1(2016, 2019, 2017), '2019'],
  ['stamps of version 2: the year of the latest', toStampsFile({ '2016//06/1.1/score': { at: inYear(2018), tab: 'a' } }), '2018'],
  ['stamps that are empty: this year', stampsV1(), '2026'],
  ['stamps that cannot be read: this year', { format: 'lansinventering-stamps', version: 1, stamps: 'trasig' }, '2026'],
  ['the kept example of version 1, written in November 2025', kept('lansinventering-stamps', 1), '2025'],
])('data stored before rounds goes into the round of the year it last changed in; %s', (_, stamps, year) => {
  expect(legacyRoundFor(instrument, stamps, TODAY)).toEqual({ id: year, name: year, period: year, criteria: 'bilaga1-2016' });
});

const agreed = (field: 'score' | 'note', county: string, statement: string): Change =>
  field === 'score' ? { field, round: '2025', rater: AGREED, county, statement, value: null } : { field, round: '2025', rater: AGREED, county, statement, value: '' };

test('stamps of version 1 move to the keys of the agreed values of the legacy round', () => {
  const stamps = unwrap(parseStampsFile(kept('lansinventering-stamps', 1), '2025'), 'the stamps');
  expect(Object.keys(stamps).sort()).toEqual([changeKey(agreed('note', '06', '1.1')), changeKey(agreed('score', '06', '1.1'))].sort());
  expect(lastChangedAt(stamps, '2025')).toBe(1764065712000);
});

test('a pending journal of version 1 becomes changes of the agreed values of the legacy round, keyed as their stamps are', () => {
  const changes = unwrap(parsePendingFile(kept('lansinventering-pending', 1), '2025'), 'the journal');
  expect(changes.map(({ change }) => change)).toEqual([
    { field: 'score', round: '2025', rater: AGREED, county: '06', statement: '1.1', value: 2 },
    { field: 'score', round: '2025', rater: AGREED, county: '06', statement: '1.1', value: null },
    { field: 'note', round: '2025', rater: AGREED, county: '06', statement: '1.1', value: 'Forum finns' },
  ]);
  const stamped = unwrap(parseStampsFile(kept('lansinventering-stamps', 1), '2025'), 'the stamps');
  for (const { change } of changes) expect(Object.keys(stamped)).toContain(changeKey(change));
});

/** Storage in memory, holding what an older version of the app left behind. */
function storageHolding(stored: StoredState, journals: unknown[]): WorkspaceStorage {
  let state = stored;
  return {
    read: () => Promise.resolve(state),
    update: (next) => {
      state = next(state);
      return Promise.resolve();
    },
    keepAside: () => Promise.reject(new Error('nothing here should be unreadable')),
    listKeptAside: () => Promise.resolve([]),
    writePending: () => {},
    readPending: () => journals.map((changes, index) => ({ key: `lansinventering-ej-sparat-${index}`, changes })),
    removePending: () => {},
    requestPersistence: () => Promise.resolve(null),
  };
}

test('a workspace, its stamps and a journal stored before rounds open in the round of 2025, and the later of two edits wins', async () => {
  const storage = storageHolding(
    { document: kept('lansinventering-scores', 1), stamps: kept('lansinventering-stamps', 1) },
    [kept('lansinventering-pending', 1)],
  );
  const restore = await restoreWorkspace(storage, instrument, 'start', TODAY);
  expect(restore.legacyRound.id).toBe('2025');
  // No empty round of this year is added beside the one the old data went into.
  expect(Object.keys(restore.workspace.rounds)).toEqual(['2025']);
  const jonkoping = roundRecordOf(restore.workspace, '2025').agreed['06'];
  // The journal cleared 1.1 after it was stored; its note was older than the stored one, so the stored note stays.
  expect(jonkoping?.scores).toEqual({ '1.2': 2, '1.3': 1, '4.1': 2, '4.2': 1, '6.5': 0 });
  expect(jonkoping?.notes['1.1']).toBe('Politiskt forum för samtliga kommuner och regionen.');
  expect(lastChangedAt(restore.stamps, '2025')).toBe(1764065712000);
});
