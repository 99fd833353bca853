import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cohenKappa, kappaTable } from '../../src/domain/agreement/cohen-kappa';
import { krippendorffAlpha, type AlphaMetric, type AlphaUnit } from '../../src/domain/agreement/krippendorff-alpha';

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with four
 * observers, twelve units, values 1–5 and missing cells; one array per unit, observers A–D.
 */
const _ = null;
const KRIPPENDORFF_2011: AlphaUnit[] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, 3, _, _],
];

describe("Krippendorff's alpha", () => {
  test.each<[AlphaMetric, number]>([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('gives the published %s value for Krippendorff’s 2011 example (%f)', (metric, published) => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, metric)).toBeCloseTo(published, 3);
  });

  test.each<[string, AlphaUnit[]]>([
    ['no units', []],
    ['units with one value each', [[1], [2, _], [_, 0]]],
    ['one value only, everywhere', [[2, 2], [2, 2, 2]]],
  ])('is undefined for %s', (_case, units) => {
    expect(krippendorffAlpha(units, 'ordinal')).toBeNull();
  });

  const scoreUnits = fc.array(fc.array(fc.option(fc.constantFrom(0, 1, 2), { nil: null }), { minLength: 2, maxLength: 4 }), {
    minLength: 2,
    maxLength: 30,
  });

  test('permuting the raters within units, or the units, changes nothing', () => {
    fc.assert(
      fc.property(scoreUnits, fc.nat(), (units, seed) => {
        const before = krippendorffAlpha(units, 'ordinal');
        // The units turned round by the seed and reversed; every other unit's raters reversed.
        const turn = seed % units.length;
        const shuffledUnits = [...units.slice(turn), ...units.slice(0, turn)].reverse();
        const shuffledRaters = shuffledUnits.map((unit, i) => ((seed + i) % 2 === 0 ? [...unit].reverse() : unit));
        const after = krippendorffAlpha(shuffledRaters, 'ordinal');
        if (before === null) expect(after).toBeNull();
        else expect(after).toBeCloseTo(before, 10);
      }),
    );
  });

  test('raters who always agree give 1 whenever alpha is defined', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(0, 1, 2), fc.integer({ min: 2, max: 4 })), { minLength: 2, maxLength: 20 }), (cells) => {
        const units = cells.map(([value, raters]) => Array.from({ length: raters }, () => value));
        const alpha = krippendorffAlpha(units, 'ordinal');
        if (alpha !== null) expect(alpha).toBeCloseTo(1, 10);
      }),
    );
  });
});

describe("Cohen's kappa", () => {
  // scikit-learn's cohen_kappa_score documentation example, as a table of counts.
  const SKLEARN = [
    [46, 0, 0],
    [4, 40, 0],
    [0, 0, 10],
  ];

  test.each([
    ['unweighted', 0.9315],
    ['linear', 0.9412],
    ['quadratic', 0.9541],
  ] as const)('gives scikit-learn’s %s value (%f)', (weights, published) => {
    expect(cohenKappa(SKLEARN, weights)).toBeCloseTo(published, 4);
  });

  test('gives the weighted kappa of Cohen’s 1968 example (0.348), and 0.492 unweighted', () => {
    const proportions = [
      [0.44, 0.07, 0.09],
      [0.05, 0.2, 0.05],
      [0.01, 0.03, 0.06],
    ];
    const weights = [
      [0, 1, 3],
      [1, 0, 6],
      [3, 6, 0],
    ];
    expect(cohenKappa(proportions, weights)).toBeCloseTo(0.348, 3);
    expect(cohenKappa(proportions)).toBeCloseTo(0.492, 3);
  });

  test('is 1 when the raters always agree, and undefined with no units or no variation', () => {
    expect(cohenKappa(kappaTable([[0, 0], [1, 1], [2, 2], [2, 2]], [0, 1, 2]), 'linear')).toBe(1);
    expect(cohenKappa(kappaTable([], [0, 1, 2]))).toBeNull();
    expect(cohenKappa(kappaTable([[2, 2], [2, 2]], [0, 1, 2]))).toBeNull();
  });

  test('the table counts the pairs by the first rater’s row and the second’s column, and refuses a score off the scale', () => {
    expect(kappaTable([[0, 1], [0, 1], [2, 2]], [0, 1, 2])).toEqual([
      [0, 2, 0],
      [0, 0, 0],
      [0, 0, 1],
    ]);
    expect(() => kappaTable([[0, 3]], [0, 1, 2])).toThrow('a score outside the scale: 0, 3');
  });

  test('swapping the two raters gives the same kappa, whatever the weights', () => {
    const pairs = fc.array(fc.tuple(fc.constantFrom(0, 1, 2), fc.constantFrom(0, 1, 2)), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(pairs, fc.constantFrom('unweighted', 'linear', 'quadratic' as const), (scored, weights) => {
        const forward = cohenKappa(kappaTable(scored, [0, 1, 2]), weights);
        const swapped = cohenKappa(kappaTable(scored.map(([a, b]) => [b, a] as const), [0, 1, 2]), weights);
        if (forward === null) expect(swapped).toBeNull();
        else expect(swapped).toBeCloseTo(forward, 10);
      }),
    );
  });
});
