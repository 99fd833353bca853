import fc from 'fast-check';
import { expect, test } from 'vitest';
import { AGREED, changeKey, type Change } from '../../src/domain/workspace/changes';
import { lastChangedAt, mergeStamped, type Stamps } from '../../src/domain/workspace/stamps';
import { EMPTY_WORKSPACE } from '../../src/domain/workspace/workspace';

const at = (ms: number, tab = 'a') => ({ at: ms, tab });

const ROUND = '2026';
/** The stamp key of a score or a note in a round, by a rater or (by default) the group. */
const key = (county: string, statement: string, field: 'score' | 'note' = 'score', round = ROUND, rater = AGREED) =>
  changeKey(field === 'score' ? { field, round, rater, county, statement, value: null } : { field, round, rater, county, statement, value: '' });

test.each<{ name: string; stamps: Stamps; latest: number | null }>([
  { name: 'no stamps: the date is not known', stamps: {}, latest: null },
  { name: 'one score', stamps: { [key('01', '1.1')]: at(5) }, latest: 5 },
  { name: 'the latest of scores in several counties', stamps: { [key('01', '1.1')]: at(5), [key('12', '6.5')]: at(9), [key('03', '2.1')]: at(7) }, latest: 9 },
  { name: 'a note changed after the last score', stamps: { [key('01', '1.1')]: at(5), [key('01', '1.1', 'note')]: at(11) }, latest: 11 },
  { name: 'the same moment in two tabs', stamps: { [key('01', '1.1')]: at(8, 'a'), [key('01', '1.2')]: at(8, 'b') }, latest: 8 },
  { name: 'a rater’s score counts as well as the agreed ones', stamps: { [key('01', '1.1')]: at(5), [key('01', '1.1', 'score', ROUND, 'anna')]: at(12) }, latest: 12 },
  { name: 'a later change in another round does not count', stamps: { [key('01', '1.1')]: at(5), [key('01', '1.1', 'score', '2016')]: at(30) }, latest: 5 },
  { name: 'a round whose id begins like this one’s is another round', stamps: { [key('01', '1.1', 'score', `${ROUND}-03`)]: at(30) }, latest: null },
  { name: 'a rater’s name changed is no change of the round’s data', stamps: { [changeKey({ field: 'rater', rater: 'anna', value: null })]: at(30) }, latest: null },
])('the round’s data last changed at its latest stamp: $name', ({ stamps, latest }) => {
  expect(lastChangedAt(stamps, ROUND)).toBe(latest);
});

const stampsArb: fc.Arbitrary<Stamps> = fc.dictionary(
  fc
    .tuple(fc.constantFrom('01', '12'), fc.constantFrom('1.1', '6.5'), fc.constantFrom('score' as const, 'note' as const), fc.constantFrom(ROUND, '2016'))
    .map(([county, statement, field, round]) => key(county, statement, field, round)),
  fc.record({ at: fc.integer({ min: 0, max: 4_000_000_000_000 }), tab: fc.string({ maxLength: 4 }) }),
);

test('the round’s data was last changed at one of its stamps, and no stamp of the round is later', () => {
  fc.assert(
    fc.property(stampsArb, (stamps) => {
      const latest = lastChangedAt(stamps, ROUND);
      const times = Object.entries(stamps).filter(([k]) => k.startsWith(`${ROUND}/`)).map(([, stamp]) => stamp.at);
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
      const change: Change = { field: 'score', round: ROUND, rater: AGREED, county: '01', statement: '1.1', value: 2 };
      const base = mergeStamped(EMPTY_WORKSPACE, {}, [{ change, stamp: at(first) }]);
      const later = mergeStamped(base.workspace, base.stamps, [{ change: { ...change, statement: '1.2' }, stamp: at(first + gap) }]);
      const older = mergeStamped(base.workspace, base.stamps, [{ change: { ...change, value: 0 }, stamp: at(first - 1) }]);
      expect(lastChangedAt(later.stamps, ROUND)).toBe(first + gap);
      expect(lastChangedAt(older.stamps, ROUND)).toBe(first);
    }),
  );
});
