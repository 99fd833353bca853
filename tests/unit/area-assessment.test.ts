import fc from 'fast-check';
import { expect, test } from 'vitest';
import { areaAssessment, readScores } from '../../src/domain/rating/area-assessment';
import { rateArea } from '../../src/domain/rating/rate-area';
import { whatIsNeeded } from '../../src/domain/rules/what-is-needed';
import type { Score } from '../../src/domain/score';
import type { Assessment } from '../../src/domain/workspace/assessment';
import { allStatementIds, areaById, loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const ids = allStatementIds(instrument);

/** Any mix of scored and unscored statements, with notes on some of them. */
const assessmentArb: fc.Arbitrary<Assessment> = fc
  .array(fc.tuple(fc.option(fc.constantFrom<Score>(0, 1, 2), { nil: undefined }), fc.option(fc.string({ minLength: 1 }), { nil: undefined })), {
    minLength: ids.length,
    maxLength: ids.length,
  })
  .map((entries) => {
    const scores: Record<string, Score> = {};
    const notes: Record<string, string> = {};
    entries.forEach(([score, note], i) => {
      const id = ids[i] ?? '';
      if (score !== undefined) scores[id] = score;
      if (note !== undefined) notes[id] = note;
    });
    return { scores, notes };
  });

test('an area rated from the scores it reads gets the same level, reasons and needs as from the whole assessment', () => {
  fc.assert(
    fc.property(assessmentArb, (assessment) => {
      for (const area of instrument.areas) {
        const part = areaAssessment(area, readScores(area, assessment));
        expect(rateArea(instrument, area, part)).toEqual(rateArea(instrument, area, assessment));
        expect(whatIsNeeded(instrument, area, part)).toEqual(whatIsNeeded(instrument, area, assessment));
      }
    }),
    { numRuns: 300 },
  );
});

test('the scores an area reads follow its read statements in order, unscored ones as undefined', () => {
  const area = areaById(instrument, '1');
  const scores = readScores(area, { scores: { '1.2': 2, '1.5': 0, '2.1': 1 }, notes: { '1.1': 'x' } });
  expect(area.readIds.slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
  expect(scores.slice(0, 5)).toEqual([undefined, 2, undefined, undefined, 0]);
  expect(readScores(area, undefined).every((score) => score === undefined)).toBe(true);
});

test('a score outside what the area reads is not kept', () => {
  const area = areaById(instrument, '4');
  const part = areaAssessment(area, readScores(area, { scores: { '1.1': 2, '4.1': 1 }, notes: {} }));
  expect(part).toEqual({ scores: { '4.1': 1 }, notes: {} });
});
