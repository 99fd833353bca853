import type { LocalizedText } from './criteria/criteria-schema';

/** The languages the domain can write its sentences in; Swedish is the original. */
export type Lang = 'sv' | 'en';

/** The text in the wanted language, or the Swedish original where there is no translation. */
export function localize(text: LocalizedText, lang: Lang): string {
  return (lang === 'en' ? text.en : undefined) ?? text.sv;
}
