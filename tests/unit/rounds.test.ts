import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareRounds, firstRound, latestRound, roundFromImportId, roundSchema, type Round } from '../../src/domain/rounds/round';
import { revisionOfRound } from '../../src/domain/rules/rule-revision';

const round = (id: string, period: string): Round => ({ id, name: id, period, criteria: 'bilaga1-2016' });

describe('a round', () => {
  test.each([
    ['2026', '2026', true],
    ['var-2026_b', '2026-03', true],
    ['2026', '2026-12', true],
    ['två', '2026', false],
    ['2026 vår', '2026', false],
    ['', '2026', false],
    ['2026', '26', false],
    ['2026', '2026-13', false],
    ['2026', '2026-3', false],
  ])('with id %j and period %j is %s', (id, period, valid) => {
    expect(roundSchema.safeParse(round(id, period)).success).toBe(valid);
  });

  test('a wrong id or period is named in Swedish', () => {
    const result = roundSchema.safeParse(round('2026 vår', '2026-13'));
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      'id: ska vara 1–32 tecken: bokstäverna a–z och A–Z, siffror, bindestreck eller understreck',
      'period: ska vara ett år (2026) eller ett år och en månad (2026-03)',
    ]);
  });
});

describe('the order of rounds', () => {
  test('is by period: year, then month, a whole year before its months, then by id', () => {
    const rounds = [round('b', '2026-03'), round('2016', '2016'), round('a', '2026-03'), round('2026', '2026'), round('hosten', '2025-10')];
    expect([...rounds].sort(compareRounds).map((r) => r.id)).toEqual(['2016', 'hosten', '2026', 'a', 'b']);
  });

  test('the latest round is the last by period, and there is none among no rounds', () => {
    expect(latestRound([round('2026', '2026'), round('2016', '2016')])?.id).toBe('2026');
    expect(latestRound([])).toBeUndefined();
  });

  test('the latest round does not depend on the order the rounds are listed in', () => {
    const periods = fc.constantFrom('2016', '2020', '2026', '2026-01', '2026-06');
    const rounds = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/), period: periods }), { minLength: 1, selector: (r) => r.id });
    fc.assert(
      fc.property(rounds, (list) => {
        const made = list.map((r) => round(r.id, r.period));
        expect(latestRound([...made].reverse())).toEqual(latestRound(made));
      }),
    );
  });
});

test('a fresh workspace opens with a round named for the current year, rated with the rule revision given', () => {
  expect(firstRound('bilaga1-2016', new Date(2026, 10, 30), 2)).toEqual({
    id: '2026',
    name: '2026',
    period: '2026',
    criteria: 'bilaga1-2016',
    ruleRevision: 2,
  });
});

test('a round for data from before rule revisions records none, so it is rated with revision 1', () => {
  const round = firstRound('bilaga1-2016', new Date(2026, 10, 30));
  expect(round).not.toHaveProperty('ruleRevision');
  expect(revisionOfRound(round)).toBe(1);
});

test.each([
  [0, 'regelns revision är minst 1'],
  [1.5, 'regelns revision ska vara ett heltal'],
])('a round whose rule revision is %s is refused', (ruleRevision, message) => {
  const result = roundSchema.safeParse({ id: '2026', name: '2026', period: '2026', criteria: 'bilaga1-2016', ruleRevision });
  expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([message]);
});

test('a round an import names takes its year from an id that is a year, and the current year otherwise', () => {
  const today = new Date(2026, 10, 30);
  expect(roundFromImportId('2016', 'bilaga1-2016', today).period).toBe('2016');
  expect(roundFromImportId('pilot', 'bilaga1-2016', today).period).toBe('2026');
  expect(roundFromImportId('2016', 'bilaga1-2016', today)).not.toHaveProperty('ruleRevision');
});
