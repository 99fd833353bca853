import type { MessageTree, MessageValues } from './messages';

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRulesFor(language: string): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

/** The text at a dotted key, or undefined when the key names no text. */
export function lookUp(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills `{{name}}` placeholders; one without a value stays visible rather than vanishing. */
export function interpolate(text: string, values: MessageValues | undefined): string {
  if (!values) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/**
 * The raw message for a key: with a numeric `count`, the language's plural form (`key_one`,
 * `key_other`) when the catalogue has it. A missing key comes back as the key itself, so a gap
 * shows on screen and in tests instead of an empty string.
 */
export function rawMessage(tree: MessageTree, language: string, key: string, count: unknown): string {
  const plural = typeof count === 'number' ? lookUp(tree, `${key}_${pluralRulesFor(language).select(count)}`) : undefined;
  return plural ?? lookUp(tree, key) ?? key;
}
