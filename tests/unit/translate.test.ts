import { expect, test } from 'vitest';
import { interpolate, lookUp, rawMessage } from '../../src/i18n/translate';

const tree = {
  title: 'Län',
  saved: { one: 'Sparat', nested: { deep: 'Djupt' } },
  changes_one: '{{count}} ändring',
  changes_other: '{{count}} ändringar',
  plain: 'Utan pluralformer: {{count}}',
};

test.each([
  ['title', 'Län'],
  ['saved.one', 'Sparat'],
  ['saved.nested.deep', 'Djupt'],
  ['saved', undefined],
  ['saved.nested', undefined],
  ['missing', undefined],
  ['title.more', undefined],
])('looking up %s gives %s', (key, expected) => {
  expect(lookUp(tree, key)).toBe(expected);
});

test.each([
  ['sv', 1, '{{count}} ändring'],
  ['sv', 0, '{{count}} ändringar'],
  ['sv', 2, '{{count}} ändringar'],
  ['en', 1, '{{count}} ändring'],
  ['en', 21, '{{count}} ändringar'],
])('in %s a count of %s picks the plural form "%s"', (language, count, expected) => {
  expect(rawMessage(tree, language, 'changes', count)).toBe(expected);
});

test('a key without plural forms is used as it is for any count', () => {
  expect(rawMessage(tree, 'sv', 'plain', 5)).toBe('Utan pluralformer: {{count}}');
});

test('a count that is not a number does not pick a plural form', () => {
  expect(rawMessage(tree, 'sv', 'changes', '1')).toBe('changes');
});

test('a missing key comes back as the key, so the gap shows', () => {
  expect(rawMessage(tree, 'sv', 'saknas.helt', undefined)).toBe('saknas.helt');
});

test.each([
  ['{{count}} ändringar', { count: 3 }, '3 ändringar'],
  ['{{ name }} och {{name}}', { name: 'Skåne' }, 'Skåne och Skåne'],
  ['{{a}}{{b}}', { a: 1, b: 'x' }, '1x'],
  ['Utan värde: {{saknas}}', { annat: 1 }, 'Utan värde: {{saknas}}'],
  ['{{path}}', { path: '<a>$&</a>' }, '<a>$&</a>'],
  ['Inga platshållare', undefined, 'Inga platshållare'],
])('filling "%s" with %o gives "%s"', (text, values, expected) => {
  expect(interpolate(text, values)).toBe(expected);
});
