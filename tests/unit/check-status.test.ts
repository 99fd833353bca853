import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CHECK_STATUSES, currentStatus, nextStatusTime, statusHistory, type CheckStatus } from '../../src/domain/county-check/check-status';

type ByTime = Record<string, CheckStatus>;

test.each<[string, ByTime | undefined, string[]]>([
  ['no statuses at all', undefined, []],
  ['an empty history', {}, []],
  ['one status', { '2026-03-10T09:00:00.000Z': 'utkast' }, ['2026-03-10T09:00:00.000Z utkast']],
  [
    'statuses kept out of order',
    { '2026-03-12T09:00:00.000Z': 'skickad', '2026-03-10T09:00:00.000Z': 'utkast', '2026-04-01T08:00:00.000Z': 'bekraftad' },
    ['2026-03-10T09:00:00.000Z utkast', '2026-03-12T09:00:00.000Z skickad', '2026-04-01T08:00:00.000Z bekraftad'],
  ],
  [
    // As text 09:30+01:00 sorts after 09:00Z; as a moment it is half an hour before it.
    'a time with an offset, from a file, among UTC times',
    { '2016-03-10T09:00:00.000Z': 'skickad', '2016-03-10T09:30:00+01:00': 'utkast' },
    ['2016-03-10T09:30:00+01:00 utkast', '2016-03-10T09:00:00.000Z skickad'],
  ],
])('the history of %s is listed oldest first', (_case, statuses, expected) => {
  expect(statusHistory(statuses).map(({ at, status }) => `${at} ${status}`)).toEqual(expected);
});

test.each<[string, ByTime | undefined, { at: string; status: CheckStatus } | undefined]>([
  ['no history', undefined, undefined],
  ['an empty history', {}, undefined],
  ['a draft alone', { '2026-03-10T09:00:00.000Z': 'utkast' }, { at: '2026-03-10T09:00:00.000Z', status: 'utkast' }],
  [
    'a summary corrected after it was confirmed',
    { '2026-03-10T09:00:00.000Z': 'utkast', '2026-03-20T09:00:00.000Z': 'rattad', '2026-03-15T09:00:00.000Z': 'bekraftad' },
    { at: '2026-03-20T09:00:00.000Z', status: 'rattad' },
  ],
  ['a step back to a draft', { '2026-03-10T09:00:00.000Z': 'skickad', '2026-03-11T09:00:00.000Z': 'utkast' }, { at: '2026-03-11T09:00:00.000Z', status: 'utkast' }],
])('the current status of %s is the latest entry, with its time', (_case, statuses, expected) => {
  expect(currentStatus(statuses)).toEqual(expected);
});

const LATEST = '2026-03-12T10:00:00.000Z';
test.each<[string, ByTime | undefined, string, string]>([
  ['with no status yet, a status is filed now', undefined, '2026-03-12T10:00:05.000Z', '2026-03-12T10:00:05.000Z'],
  ['after the latest entry, it is filed now', { [LATEST]: 'utkast' }, '2026-03-12T11:00:00.000Z', '2026-03-12T11:00:00.000Z'],
  ['in the same millisecond as the latest entry, it is filed just after it', { [LATEST]: 'utkast' }, LATEST, '2026-03-12T10:00:00.001Z'],
  ['with a clock behind the latest entry, it is filed just after it', { [LATEST]: 'utkast' }, '2026-03-01T00:00:00.000Z', '2026-03-12T10:00:00.001Z'],
  ['after an entry with an offset, it is filed after that moment', { '2026-03-12T12:00:00+02:00': 'utkast' }, '2026-03-12T09:00:00.000Z', '2026-03-12T10:00:00.001Z'],
])('%s', (_case, statuses, now, expected) => {
  expect(nextStatusTime(statuses, new Date(now))).toBe(expected);
});

const timeArb = fc.date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });
const historyArb = fc.dictionary(
  timeArb.map((date) => date.toISOString()),
  fc.constantFrom(...CHECK_STATUSES),
  { maxKeys: 8 },
);

test('the history holds every entry once, sorted by time, and the current status is its last entry', () => {
  fc.assert(
    fc.property(historyArb, (statuses) => {
      const history = statusHistory(statuses);
      expect(history).toHaveLength(Object.keys(statuses).length);
      for (const [index, entry] of history.entries()) {
        expect(statuses[entry.at]).toBe(entry.status);
        if (index > 0) expect(Date.parse(history[index - 1]?.at ?? '')).toBeLessThan(Date.parse(entry.at));
      }
      expect(currentStatus(statuses)).toEqual(history.at(-1));
    }),
  );
});

test('a status filed at the next status time becomes the current one and overwrites no entry, whatever the clock says', () => {
  fc.assert(
    fc.property(historyArb, timeArb, fc.constantFrom(...CHECK_STATUSES), (statuses, now, status) => {
      const at = nextStatusTime(statuses, now);
      expect(statuses[at]).toBeUndefined();
      const after = { ...statuses, [at]: status };
      expect(currentStatus(after)).toEqual({ at, status });
      expect(statusHistory(after).slice(0, -1)).toEqual(statusHistory(statuses));
    }),
  );
});
