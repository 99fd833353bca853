import fc from 'fast-check';
import { expect, test } from 'vitest';
import { agreementTable, type RaterScores } from '../../src/domain/agreement/agreement-table';
import { leastAgreed } from '../../src/domain/agreement/least-agreed';
import type { Score } from '../../src/domain/score';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();

function rater(name: string, scores: Record<string, Record<string, Score>>): RaterScores {
  return { rater: name, workspace: { assessments: Object.fromEntries(Object.entries(scores).map(([county, s]) => [county, { scores: s, notes: {} }])) } };
}

// 4.2: the raters differ in Jönköping and Kalmar, agree in Gotland. 1.1: they differ in Kalmar
// only. 3.1: they always agree. 2.1: C alone scored it.
const RATERS = [
  rater('A', { '06': { '4.2': 1 }, '08': { '4.2': 0, '1.1': 2 }, '09': { '4.2': 2, '1.1': 1, '3.1': 1 } }),
  rater('B', { '06': { '4.2': 2 }, '08': { '4.2': 2, '1.1': 1 }, '09': { '4.2': 2, '1.1': 1, '3.1': 1 } }),
  rater('C', { '06': { '4.2': 1 }, '08': { '1.1': 2 }, '09': { '2.1': 0 } }),
];

test('the least agreed statements come first, each with the counties where the raters differ and every rater’s score', () => {
  const { statements } = agreementTable(instrument, RATERS);
  expect(leastAgreed(instrument, RATERS, statements, 5)).toEqual([
    {
      statementId: '4.2',
      units: 3,
      unanimous: 1 / 3,
      disagreements: [
        { county: '06', scores: [1, 2, 1] },
        { county: '08', scores: [0, 2, null] },
      ],
    },
    { statementId: '1.1', units: 2, unanimous: 0.5, disagreements: [{ county: '08', scores: [2, 1, 2] }] },
  ]);
});

test('statements the raters agree on are not listed, and the limit is kept', () => {
  const { statements } = agreementTable(instrument, RATERS);
  expect(leastAgreed(instrument, RATERS, statements, 1).map((statement) => statement.statementId)).toEqual(['4.2']);
  const same = [RATERS[0], RATERS[0]].filter((r) => r !== undefined);
  expect(leastAgreed(instrument, same, agreementTable(instrument, same).statements, 5)).toEqual([]);
});

test('the counties listed for a statement are exactly its units that are not unanimous', () => {
  const sheet = fc.dictionary(fc.constantFrom('01', '03', '04', '05'), fc.dictionary(fc.constantFrom('1.1', '1.2'), fc.constantFrom<Score>(0, 1, 2)));
  fc.assert(
    fc.property(fc.array(sheet, { minLength: 2, maxLength: 4 }), (sheets) => {
      const raters = sheets.map((scores, i) => rater(String(i), scores));
      const { statements } = agreementTable(instrument, raters);
      for (const statement of leastAgreed(instrument, raters, statements, 32)) {
        expect(statement.disagreements.length).toBe(Math.round(statement.units * (1 - statement.unanimous)));
        for (const { scores } of statement.disagreements) expect(new Set(scores.filter((s) => s !== null)).size).toBeGreaterThan(1);
      }
    }),
  );
});
