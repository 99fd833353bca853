import type { InstrumentArea, Level } from '../criteria/instrument';
import { localize, type Language } from '../localize';
import { describeCondition, type RuleWording } from './describe-condition';

const WORDS = {
  sv: { when: 'när', and: 'och', otherwise: 'annars' },
  en: { when: 'when', and: 'and', otherwise: 'otherwise' },
} as const;

function joinAll(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/**
 * A level's rule as one sentence that reads no county's scores, for a printed rule:
 * "Välutvecklad struktur när 1.5 och 1.6 är båda 2, minst 2 av 1.1–1.3 = 2 och minst 4 av 2.1–2.6 ≥ 1."
 * The weakest level has no conditions (it is the fallback): "Outvecklad struktur annars."
 * The conditions are worded as everywhere else in the app (describeCondition).
 */
export function describeLevel(level: Level, wording: RuleWording, lang: Language = 'sv'): string {
  const words = WORDS[lang];
  const label = localize(level.label, lang);
  if (level.conditions.length === 0) return `${label} ${words.otherwise}.`;
  const conditions = level.conditions.map((condition) => describeCondition(condition, wording, lang));
  return `${label} ${words.when} ${joinAll(conditions, words.and)}.`;
}

/** An area's whole rule, one sentence per level, strongest first: the order in which levels are tried. */
export function describeAreaRule(area: InstrumentArea, wording: RuleWording, lang: Language = 'sv'): string[] {
  return area.levelsStrongestFirst.map((level) => describeLevel(level, wording, lang));
}
