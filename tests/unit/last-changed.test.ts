import fc from 'fast-check';
import { expect, test } from 'vitest';
import { lastChangedAt, mergeStamped, type Stamps } from '../../src/domain/workspace/stamps';

const at = (ms: number, tab = 'a') => ({ at: ms, tab });

test.each<{ name: string; stamps: Stamps; latest: number | null }>([
  { name: 'no stamps: the date is not known', stamps: {}, latest: null },
  { name: 'one score', stamps: { '01/1.1/score': at(5) }, latest: 5 },
  { name: 'the latest of scores in several counties', stamps: { '01/1.1/score': at(5), '12/6.5/score': at(9), '03/2.1/score': at(7) }, latest: 9 },
  { name: 'a note changed after the last score', stamps: { '01/1.1/score': at(5), '01/1.1/note': at(11) }, latest: 11 },
  { name: 'the same moment in two tabs', stamps: { '01/1.1/score': at(8, 'a'), '01/1.2/score': at(8, 'b') }, latest: 8 },
])('the data last changed at the latest stamp: $name', ({ stamps, latest }) => {
  expect(lastChangedAt(stamps)).toBe(latest);
});

const stampsArb: fc.Arbitrary<Stamps> = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.record({ at: fc.integer({ min: 0, max: 4_000_000_000_000 }), tab: fc.string({ maxLength: 4 }) }),
);

test('the data was last changed at one of its stamps, and no stamp is later', () => {
  fc.assert(
    fc.property(stampsArb, (stamps) => {
      const latest = lastChangedAt(stamps);
      const times = Object.values(stamps).map((stamp) => stamp.at);
      if (times.length === 0) expect(latest).toBeNull();
      else {
        expect(times).toContain(latest);
        for (const time of times) expect(time).toBeLessThanOrEqual(latest ?? -1);
      }
    }),
  );
});

test('a later change, merged in, moves the date to its own stamp; an older one leaves it', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (first, gap) => {
      const change = { county: '01', statement: '1.1', field: 'score' as const, value: 2 as const };
      const base = mergeStamped({ assessments: {} }, {}, [{ change, stamp: at(first) }]);
      const later = mergeStamped(base.workspace, base.stamps, [{ change: { ...change, statement: '1.2' }, stamp: at(first + gap) }]);
      const older = mergeStamped(base.workspace, base.stamps, [{ change: { ...change, value: 0 }, stamp: at(first - 1) }]);
      expect(lastChangedAt(later.stamps)).toBe(first + gap);
      expect(lastChangedAt(older.stamps)).toBe(first);
    }),
  );
});
