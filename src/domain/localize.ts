import type { LocalizedText } from './criteria/criteria-schema';

/** The languages of the interface and of the domain's sentences. Swedish is the original and the default. */
const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The text in the wanted language, or the Swedish original where there is no translation. */
export function localize(text: LocalizedText, language: Language): string {
  return (language === 'en' ? text.en : undefined) ?? text.sv;
}
