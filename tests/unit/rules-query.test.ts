import fc from 'fast-check';
import { expect, test } from 'vitest';
import { variantFromCriteria, withThreshold, type RuleVariant } from '../../src/domain/rules/rule-variant';
import { decodeVariant, encodeVariant, type IgnoredReason } from '../../src/domain/rules/variant-query';
import type { Score } from '../../src/domain/score';
import { loadCriteria } from './load-instrument';

const criteria = loadCriteria();
const defaults = (name = '') => variantFromCriteria(criteria, name);

/* [situation, variant, encoded] */
test.each<[string, RuleVariant, string]>([
  ['the default rule', defaults(), ''],
  ['area 5 level 2 at least 6 of 8 = 2', withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 6 }), '5.3.1-2-6'],
  [
    'two changes, in criteria order',
    withThreshold(withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 6 }), 0, 1, 1, { minScore: 2, atLeast: 1 }),
    '1.2.2-2-1_5.3.1-2-6',
  ],
  ['a change of minScore only', withThreshold(defaults(), 1, 0, 0, { minScore: 1, atLeast: 5 }), '2.3.1-1-5'],
])('%s is written in the address as %j', (_situation, variant, encoded) => {
  expect(encodeVariant(criteria, variant)).toBe(encoded);
  expect(decodeVariant(criteria, null, encoded)).toEqual({ variant, ignored: [] });
});

test('the name is kept, trimmed; a name that is too long is ignored and reported', () => {
  expect(decodeVariant(criteria, '  Mildare ', null)).toEqual({ variant: defaults('Mildare'), ignored: [] });
  const long = 'x'.repeat(81);
  expect(decodeVariant(criteria, long, null)).toEqual({ variant: defaults(), ignored: [{ part: `${'x'.repeat(20)}…`, reason: 'name' }] });
});

/* [part, why it is ignored] */
test.each<[string, IgnoredReason]>([
  ['5.2.1:2:6', 'syntax'],
  ['5.2.1-2', 'syntax'],
  ['hej', 'syntax'],
  ['9.3.1-2-6', 'area'],
  ['5.4.1-2-6', 'level'],
  ['5.1.1-2-1', 'level'],
  ['5.0.1-2-1', 'level'],
  ['5.3.2-2-6', 'condition'],
  ['5.3.0-2-6', 'condition'],
  ['5.3.1-3-6', 'minScore'],
  ['5.3.1-2-9', 'atLeast'],
  ['5.3.1-2-0', 'atLeast'],
])('the part %j is ignored (%s) and the rest still applies', (part, reason) => {
  const decoded = decodeVariant(criteria, null, `${part}_2.3.1-1-5`);
  expect(decoded.ignored).toEqual([{ part, reason }]);
  expect(decoded.variant).toEqual(withThreshold(defaults(), 1, 0, 0, { minScore: 1, atLeast: 5 }));
});

test('the older form of the address, with the weakest level numbered 0, reads as the same variant', () => {
  expect(decodeVariant(criteria, null, '5.2.1-2-6_1.1.2-2-1', 0)).toEqual(decodeVariant(criteria, null, '5.3.1-2-6_1.2.2-2-1'));
  expect(decodeVariant(criteria, null, '5.2.1-2-6', 0).variant).toEqual(withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 6 }));
  // Numbered from 0 the strongest level is 2, and 3 is no level.
  expect(decodeVariant(criteria, null, '5.3.1-2-6', 0).ignored).toEqual([{ part: '5.3.1-2-6', reason: 'level' }]);
});

test('the second setting of the same condition is ignored', () => {
  const decoded = decodeVariant(criteria, null, '5.3.1-2-6_5.3.1-2-7');
  expect(decoded.ignored).toEqual([{ part: '5.3.1-2-7', reason: 'duplicate' }]);
  expect(decoded.variant.areas[4]?.levels[0]?.conditions[0]).toEqual({ minScore: 2, atLeast: 6 });
});

test('an overlong value is ignored as a whole', () => {
  const decoded = decodeVariant(criteria, null, '5.3.1-2-6_'.repeat(200));
  expect(decoded.variant).toEqual(defaults());
  expect(decoded.ignored.map((part) => part.reason)).toEqual(['tooLong']);
});

test('the address survives a round trip through URLSearchParams unescaped', () => {
  const params = new URLSearchParams({ variant: 'Mildare', regel: '1.2.2-2-1_5.3.1-2-6' });
  expect(params.toString()).toBe('variant=Mildare&regel=1.2.2-2-1_5.3.1-2-6');
});

test('any variant reads back from its address exactly', () => {
  const places = criteria.areas.flatMap((area, a) =>
    area.levels.flatMap((level, l) => level.conditions.map((condition, c) => ({ a, l, c, n: condition.statements.length }))),
  );
  const variantArb = fc
    .tuple(...places.map(({ n }) => fc.record({ minScore: fc.constantFrom<Score>(0, 1, 2), atLeast: fc.integer({ min: 1, max: n }) })))
    .map((thresholds) => thresholds.reduce((variant, threshold, i) => {
      const place = places[i]!;
      return withThreshold(variant, place.a, place.l, place.c, threshold);
    }, defaults('Prov')));
  fc.assert(
    fc.property(variantArb, (variant) => {
      const encoded = encodeVariant(criteria, variant);
      expect(encoded).toMatch(/^[\w.-]*$/);
      expect(decodeVariant(criteria, 'Prov', encoded)).toEqual({ variant, ignored: [] });
    }),
  );
});
