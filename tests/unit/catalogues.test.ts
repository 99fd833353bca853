import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ALL_MESSAGES } from './all-messages';

const NAMESPACES = ALL_MESSAGES.map((messages) => messages.namespace);
const byNamespace = new Map(ALL_MESSAGES.map((messages) => [messages.namespace, messages]));
function catalogue(language: 'sv' | 'en', namespace: string): object {
  const messages = byNamespace.get(namespace);
  if (!messages) throw new Error(`no namespace ${namespace}`);
  return messages[language];
}

/** Every key of a catalogue, nested keys joined with dots. */
function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(catalogue: object): [string, unknown][] {
  return keysOf(catalogue).map((key) => [key, key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue)]);
}

test.each(['sv', 'en'])('every %s catalogue file belongs to a namespace the app can load', (language) => {
  const files = readdirSync(`src/i18n/locales/${language}`).map((file) => file.replace(/\.json$/, ''));
  expect(files.sort()).toEqual([...NAMESPACES].sort());
});

test.each([...NAMESPACES])('the %s catalogue has the same keys in Swedish and English', (namespace) => {
  expect(keysOf(catalogue('en', namespace)).sort()).toEqual(keysOf(catalogue('sv', namespace)).sort());
});

test.each([...NAMESPACES])('every message in the %s catalogue is a non-empty text in both languages', (namespace) => {
  for (const lang of ['sv', 'en'] as const) {
    for (const [key, value] of leaves(catalogue(lang, namespace))) {
      expect(typeof value === 'string' && value.trim() !== '', `${lang}/${namespace}:${key}`).toBe(true);
    }
  }
});

test.each([...NAMESPACES])('the %s catalogue uses the same placeholders in both languages', (namespace) => {
  const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)[^}]*}}|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort();
  const english = new Map(leaves(catalogue('en', namespace)));
  for (const [key, swedish] of leaves(catalogue('sv', namespace))) {
    expect(placeholders(english.get(key)), `${namespace}:${key}`).toEqual(placeholders(swedish));
  }
});
