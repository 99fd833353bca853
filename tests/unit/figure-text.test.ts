import fc from 'fast-check';
import { expect, test } from 'vitest';
import { figureText, readFigure } from '../../src/domain/interview/figure-text';

test.each([
  ['12,5', 12.5],
  ['12.5', 12.5],
  [' 3 ', 3],
  ['1 234,5', 1234.5],
  ['1\u00a0234', 1234],
  ['0', 0],
  ['-2,25', -2.25],
  ['\u22122', -2],
])('"%s" is read as the figure %d', (text, figure) => {
  expect(readFigure(text)).toBe(figure);
});

test.each([[''], ['   ']])('a blank "%s" is no figure', (text) => {
  expect(readFigure(text)).toBeNull();
});

test.each([['tolv'], ['12,5 kr'], ['1,2,3'], ['1.234,5'], [','], ['12,'], ['+5'], ['1e3'], ['Infinity']])('"%s" is not a figure', (text) => {
  expect(readFigure(text)).toBe('invalid');
});

test.each([
  [12.5, ',', '12,5'],
  [12.5, '.', '12.5'],
  [1234, ',', '1234'],
  [-0.75, ',', '-0,75'],
] as const)('%d is written "%s"-separated as %s', (value, decimal, text) => {
  expect(figureText(value, decimal)).toBe(text);
});

test('a figure written with either separator reads back as the same figure', () => {
  const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0) && !String(value).includes('e'));
  fc.assert(
    fc.property(figure, fc.constantFrom(',' as const, '.' as const), (value, decimal) => {
      expect(readFigure(figureText(value, decimal))).toBe(value);
    }),
  );
});
