import type { Condition } from '../criteria/criteria-schema';
import type { Language } from '../localize';

/**
 * What the words of a rule depend on: the statements' order (for runs like "2.1–2.6") and the top
 * of the scale (a threshold at the top reads "= 2", any other "≥ 1"). An instrument is one.
 */
export type RuleWording = { order: ReadonlyMap<string, number>; maxScore: number };

/** How one county fares on one condition (`rateArea`'s checks). */
export type Outcome = {
  condition: Condition;
  /** How many of the condition's statements reach `minScore`. */
  met: number;
  held: boolean;
};

const PHRASES = {
  sv: {
    and: 'och',
    both: (set: string, value: string) => `${set} är båda ${value}`,
    all: (set: string, value: string) => `alla av ${set} är ${value}`,
    atLeast: (n: number) => `minst ${n}`,
    atLeastOf: (k: number, set: string) => `minst ${k} av ${set}`,
    of: (met: number, n: number) => `${met} av ${n}`,
    held: 'uppfyllt',
    notHeld: 'ej uppfyllt',
  },
  en: {
    and: 'and',
    both: (set: string, value: string) => `${set} are both ${value}`,
    all: (set: string, value: string) => `all of ${set} are ${value}`,
    atLeast: (n: number) => `at least ${n}`,
    atLeastOf: (k: number, set: string) => `at least ${k} of ${set}`,
    of: (met: number, n: number) => `${met} of ${n}`,
    held: 'met',
    notHeld: 'not met',
  },
} as const;

/**
 * Names a set of statements briefly: a run of at least three statements that stand next to each
 * other in the instrument becomes "2.1–2.6"; anything else is listed ("1.5 och 1.6").
 */
export function formatStatementSet(ids: readonly string[], order: ReadonlyMap<string, number>, lang: Language = 'sv'): string {
  const positions = ids.map((id) => order.get(id));
  const isRun =
    ids.length >= 3 &&
    positions.every((position, index) => position !== undefined && position === (positions[0] ?? 0) + index);
  if (isRun) return `${ids[0]}–${ids[ids.length - 1]}`;
  if (ids.length === 1) return ids[0] ?? '';
  return `${ids.slice(0, -1).join(', ')} ${PHRASES[lang].and} ${ids[ids.length - 1]}`;
}

/** The rule of a condition in words, e.g. "minst 4 av 2.1–2.6 ≥ 1" or "1.5 och 1.6 är båda 2". */
export function describeCondition(condition: Condition, wording: RuleWording, lang: Language = 'sv'): string {
  const { statements, minScore, atLeast } = condition;
  const words = PHRASES[lang];
  const set = formatStatementSet(statements, wording.order, lang);
  const top = minScore === wording.maxScore;
  if (atLeast === statements.length) {
    if (statements.length === 1) return top ? `${set} = ${minScore}` : `${set} ≥ ${minScore}`;
    const value = top ? `${minScore}` : words.atLeast(minScore);
    return statements.length === 2 ? words.both(set, value) : words.all(set, value);
  }
  return `${words.atLeastOf(atLeast, set)} ${top ? '=' : '≥'} ${minScore}`;
}

/** The rule and how this county fares, e.g. "minst 4 av 2.1–2.6 ≥ 1: 3 av 6, ej uppfyllt". */
export function describeOutcome(outcome: Outcome, wording: RuleWording, lang: Language = 'sv'): string {
  const { condition, met, held } = outcome;
  const words = PHRASES[lang];
  const verdict = held ? words.held : words.notHeld;
  const showCount = condition.statements.length > 1 && (condition.atLeast < condition.statements.length || !held);
  const count = words.of(met, condition.statements.length);
  return `${describeCondition(condition, wording, lang)}: ${showCount ? `${count}, ${verdict}` : verdict}`;
}
