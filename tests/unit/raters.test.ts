import fc from 'fast-check';
import { expect, test } from 'vitest';
import { raterIdFor, raterSchema } from '../../src/domain/rounds/rater';

test.each([
  ['Anna Ödman', [], 'anna-odman'],
  ['  ÅÄÖ  ', [], 'aao'],
  ['AB', ['ab'], 'ab-2'],
  ['AB', ['ab', 'ab-2'], 'ab-3'],
  ['–', [], 'bedomare'],
])('the rater %j gets the id %j next to %j', (name, taken, id) => {
  expect(raterIdFor(name, new Set(taken))).toBe(id);
});

test('a rater needs a name or initials, of at most 40 characters, said in Swedish', () => {
  expect(raterSchema.safeParse({ id: 'ab', name: 'AB' }).success).toBe(true);
  const blank = raterSchema.safeParse({ id: 'ab', name: '  ' });
  expect(blank.error?.issues.map((issue) => issue.message)).toEqual(['en bedömare måste ha ett namn eller initialer']);
  expect(raterSchema.safeParse({ id: 'Anna Ö', name: 'Anna' }).error?.issues.map((issue) => issue.message)).toEqual([
    'ska vara 1–32 tecken: a–z, siffror eller bindestreck',
  ]);
});

test('whatever the name and the ids taken, the new id is valid and not taken', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,6}$/)), (name, taken) => {
      const id = raterIdFor(name, new Set(taken));
      expect(taken).not.toContain(id);
      expect(raterSchema.safeParse({ id, name: 'X' }).success).toBe(true);
    }),
  );
});
