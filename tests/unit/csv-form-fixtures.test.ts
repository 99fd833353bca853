import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { toScoresCsv } from '../../src/domain/csv/scores-csv';
import { markRatersDone, type Incoming } from '../../src/domain/workspace/import-plan';
import { EMPTY_ROUND, EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { readScoresCsv } from './csv-support';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const CRITERIA = instrument.criteria.id;
const kept = (file: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/formats', file), 'utf8');

/** What the kept file of version 2 holds: two rounds, the agreed scores and two raters'. */
const VERSION_2: Workspace = {
  rounds: { '2016': { name: '2016', period: '2016', criteria: CRITERIA }, '2026': { name: '2026', period: '2026', criteria: CRITERIA } },
  raters: { 'anna-berg': { name: 'Anna Berg' }, 'bo-ek': { name: 'Bo Ek' } },
  data: {
    '2016': {
      ...EMPTY_ROUND,
      agreed: {
        '06': {
          scores: { '1.1': 2, '4.2': 1 },
          notes: { '1.1': 'Politiskt forum för samtliga kommuner och regionen.', '4.2': 'Två rader;\r\nmed "citat"' },
        },
        '25': { scores: { '6.1': 0 }, notes: { '5.3': 'Bara en anteckning.', '6.1': '=inte en formel' } },
      },
      reasons: {},
      levels: {},
      raters: {
        'anna-berg': { '06': { scores: { '1.1': 1 }, notes: { '1.1': 'Forumet möts sällan.' } } },
        'bo-ek': { '06': { scores: { '1.1': 2 }, notes: {} } },
      },
      done: {},
    },
    '2026': {
      ...EMPTY_ROUND,
      agreed: { '06': { scores: { '1.1': 2 }, notes: {} } },
      reasons: {},
      levels: {},
      raters: { 'bo-ek': { '06': { scores: { '2.1': 1 }, notes: {} } } },
      done: {},
    },
  },
};

// The CSV forms have no version field: the header row is the version. One kept file per form and
// version, as the app wrote it, must go on importing for as long as the app exists.
test.each<[string, Incoming]>([
  // A CSV has no done marks: its raters' scores read as done.
  ['scores-csv-long/v2.csv', { kind: 'rounds', workspace: markRatersDone(VERSION_2) }],
  [
    'scores-csv-long/v1.csv',
    {
      kind: 'one-round',
      scores: {
        assessments: {
          '06': {
            scores: { '1.1': 2, '4.2': 1 },
            notes: { '1.1': 'Politiskt forum för samtliga kommuner och regionen.', '4.2': 'Två rader;\r\nmed "citat"' },
          },
          '25': { scores: { '6.1': 0 }, notes: { '5.3': 'Bara en anteckning.', '6.1': '=inte en formel' } },
        },
      },
    },
  ],
  [
    'scores-csv-wide/v1.csv',
    { kind: 'one-round', scores: { assessments: { '06': { scores: { '1.1': 2, '4.2': 1 }, notes: {} }, '25': { scores: { '6.1': 0 }, notes: {} } } } },
  ],
])('a kept %s still imports', (file, expected) => {
  expect(readScoresCsv(kept(file), instrument, EMPTY_WORKSPACE)).toEqual({ ok: true, value: expected });
});

test('the kept file of the current long form is what the app writes for the scores it holds', () => {
  expect(toScoresCsv(VERSION_2, instrument)).toBe(kept('scores-csv-long/v2.csv'));
});
