import { expect, test } from 'vitest';
import { NAMESPACES, resources } from '../../src/i18n/resources';

/** Every key of a catalogue, nested keys joined with dots. */
function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(catalogue: object): [string, unknown][] {
  return keysOf(catalogue).map((key) => [key, key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue)]);
}

test.each([...NAMESPACES])('the %s catalogue has the same keys in Swedish and English', (namespace) => {
  expect(keysOf(resources.en[namespace]).sort()).toEqual(keysOf(resources.sv[namespace]).sort());
});

test.each([...NAMESPACES])('every message in the %s catalogue is a non-empty text in both languages', (namespace) => {
  for (const lang of ['sv', 'en'] as const) {
    for (const [key, value] of leaves(resources[lang][namespace])) {
      expect(typeof value === 'string' && value.trim() !== '', `${lang}/${namespace}:${key}`).toBe(true);
    }
  }
});

test.each([...NAMESPACES])('the %s catalogue uses the same placeholders in both languages', (namespace) => {
  const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)[^}]*}}|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort();
  const english = new Map(leaves(resources.en[namespace]));
  for (const [key, swedish] of leaves(resources.sv[namespace])) {
    expect(placeholders(english.get(key)), `${namespace}:${key}`).toEqual(placeholders(swedish));
  }
});
