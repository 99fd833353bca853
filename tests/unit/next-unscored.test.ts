import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextUnscored, type Assessment } from '../../src/domain/workspace/assessment';

const IDS = ['1.1', '1.2', '1.3', '2.1', '2.2'];
const scored = (...ids: string[]): Assessment => ({ scores: Object.fromEntries(ids.map((id) => [id, 1 as const])), notes: {} });

describe('nextUnscored', () => {
  test.each([
    { case: 'from the start, the first unscored statement', scores: scored('1.1'), after: undefined, expected: '1.2' },
    { case: 'after a statement, the next unscored one below it', scores: scored('1.3'), after: '1.2', expected: '2.1' },
    { case: 'past the last statement, round to the first unscored one', scores: scored('1.2', '2.1', '2.2'), after: '2.1', expected: '1.1' },
    { case: 'the statement itself when it is the only one left', scores: scored('1.1', '1.3', '2.1', '2.2'), after: '1.2', expected: '1.2' },
    { case: 'a score of 0 counts as scored', scores: { scores: { '1.1': 0 as const }, notes: {} }, after: undefined, expected: '1.2' },
    { case: 'nothing once every statement has a score', scores: scored(...IDS), after: '1.1', expected: undefined },
    { case: 'an id not in the instrument starts from the top', scores: scored('1.1'), after: '9.9', expected: '1.2' },
  ])('$case', ({ scores, after, expected }) => {
    expect(nextUnscored(scores, IDS, after)).toBe(expected);
  });

  test('whatever the scores and the starting point, the answer is unscored, and it is missing only when all are scored', () => {
    fc.assert(
      fc.property(fc.subarray(IDS), fc.option(fc.constantFrom(...IDS), { nil: undefined }), (ids, after) => {
        const assessment = scored(...ids);
        const next = nextUnscored(assessment, IDS, after);
        if (next === undefined) expect(ids).toHaveLength(IDS.length);
        else expect(assessment.scores[next]).toBeUndefined();
      }),
    );
  });
});
