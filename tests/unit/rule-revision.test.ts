import { expect, test } from 'vitest';
import { rateArea } from '../../src/domain/rating/rate-area';
import { changesSince, revisionOfRound, ruleOfRevision } from '../../src/domain/rules/rule-revision';
import { allScored, areaById, loadInstrument } from './load-instrument';

const latest = loadInstrument();

const levelIn = (instrument: typeof latest, areaId: string, scores: ReturnType<typeof allScored>) => {
  const rating = rateArea(instrument, areaById(instrument, areaId), scores);
  return rating.status === 'rated' ? rating.level : null;
};

test('the shipped rule is revision 2 and keeps revision 1', () => {
  expect(latest.criteria.revision).toBe(2);
  expect(latest.ruleRevision).toBe(2);
  expect(latest.criteria.revisions.map((entry) => entry.revision)).toEqual([1]);
});

test.each([
  ['4.1 at 1 and 4.2 at 0', { '4.1': 1, '4.2': 0 } as const, 1, 0],
  ['4.1 and 4.2 at 1', { '4.1': 1, '4.2': 1 } as const, 1, 1],
  ['4.1 at 2 and 4.2 at 0', { '4.1': 2, '4.2': 0 } as const, 1, 0],
  ['4.1 and 4.2 at 2', { '4.1': 2, '4.2': 2 } as const, 2, 2],
])('a county with %s in area 4 is at level %i by revision 1 and %i by revision 2', (_situation, overrides, first, second) => {
  const scores = allScored(latest, 0, overrides);
  expect(levelIn(ruleOfRevision(latest, 1), '4', scores)).toBe(first);
  expect(levelIn(ruleOfRevision(latest, 2), '4', scores)).toBe(second);
});

test('revision 1 differs from the latest only in the conditions of area 4', () => {
  const first = ruleOfRevision(latest, 1);
  expect(first.ruleRevision).toBe(1);
  expect(first.criteria.revision).toBe(2);
  const differing = first.criteria.areas.filter((area, a) => JSON.stringify(area) !== JSON.stringify(latest.criteria.areas[a]));
  expect(differing.map((area) => area.id)).toEqual(['4']);
  expect(first.criteria.areas[3]?.levels.map((level) => level.description)).toEqual(latest.criteria.areas[3]?.levels.map((level) => level.description));
});

test('the same revision gives the same instrument, and the latest or an unknown one gives the latest', () => {
  expect(ruleOfRevision(latest, 1)).toBe(ruleOfRevision(latest, 1));
  expect(ruleOfRevision(latest, 2)).toBe(latest);
  expect(ruleOfRevision(latest, 7)).toBe(latest);
});

test('an earlier revision is made only from the latest instrument', () => {
  expect(() => ruleOfRevision(ruleOfRevision(latest, 1), 1)).toThrow(/latest revision/);
});

test('a round without a recorded revision is rated with revision 1', () => {
  expect(revisionOfRound({})).toBe(1);
  expect(revisionOfRound({ ruleRevision: 2 })).toBe(2);
});

test('what changed since revision 1 is the change kept with it; nothing has changed since the latest', () => {
  expect(changesSince(latest.criteria, 1).map((entry) => entry.change.sv)).toEqual([expect.stringContaining('4.2') as unknown]);
  expect(changesSince(latest.criteria, 2)).toEqual([]);
});
