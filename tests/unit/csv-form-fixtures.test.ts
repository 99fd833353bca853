import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parseScoresCsv } from '../../src/domain/csv/scores-csv';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();

// The CSV forms have no version field: the header row is the version. One kept file per form and
// version, as the app wrote it, must go on importing for as long as the app exists.
test.each<[string, RoundScores]>([
  [
    'scores-csv-long/v1.csv',
    {
      assessments: {
        '06': {
          scores: { '1.1': 2, '4.2': 1 },
          notes: { '1.1': 'Politiskt forum för samtliga kommuner och regionen.', '4.2': 'Två rader;\r\nmed "citat"' },
        },
        '25': { scores: { '6.1': 0 }, notes: { '5.3': 'Bara en anteckning.', '6.1': '=inte en formel' } },
      },
    },
  ],
  [
    'scores-csv-wide/v1.csv',
    { assessments: { '06': { scores: { '1.1': 2, '4.2': 1 }, notes: {} }, '25': { scores: { '6.1': 0 }, notes: {} } } },
  ],
])('a kept %s still imports', (file, expected) => {
  const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/formats', file), 'utf8');
  expect(parseScoresCsv(text, instrument)).toEqual({ ok: true, value: expected });
});
