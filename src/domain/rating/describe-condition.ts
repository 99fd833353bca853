import type { Condition } from '../criteria/criteria-schema';
import { MAX_SCORE } from '../score';
import type { ConditionOutcome } from './evaluate-condition';

/**
 * Names a set of statements briefly: a run of at least three statements that stand next to each
 * other in the instrument becomes "2.1–2.6"; anything else is listed ("1.5 och 1.6").
 */
export function formatStatementSet(ids: readonly string[], order: ReadonlyMap<string, number>): string {
  const positions = ids.map((id) => order.get(id));
  const isRun =
    ids.length >= 3 &&
    positions.every((position, index) => position !== undefined && position === (positions[0] ?? 0) + index);
  if (isRun) return `${ids[0]}–${ids[ids.length - 1]}`;
  if (ids.length === 1) return ids[0] ?? '';
  return `${ids.slice(0, -1).join(', ')} och ${ids[ids.length - 1]}`;
}

/** The rule of a condition in words, e.g. "minst 4 av 2.1–2.6 ≥ 1" or "1.5 och 1.6 är båda 2". */
export function describeCondition(condition: Condition, order: ReadonlyMap<string, number>): string {
  const { statements, minScore, atLeast } = condition;
  const set = formatStatementSet(statements, order);
  const top = minScore === MAX_SCORE;
  if (atLeast === statements.length) {
    if (statements.length === 1) return top ? `${set} = ${minScore}` : `${set} ≥ ${minScore}`;
    const value = top ? `${minScore}` : `minst ${minScore}`;
    if (statements.length === 2) return `${set} är båda ${value}`;
    return `alla av ${set} är ${value}`;
  }
  return `minst ${atLeast} av ${set} ${top ? '=' : '≥'} ${minScore}`;
}

/** The rule and how this county fares, e.g. "minst 4 av 2.1–2.6 ≥ 1: 3 av 6, ej uppfyllt". */
export function describeOutcome(outcome: ConditionOutcome, order: ReadonlyMap<string, number>): string {
  const { condition, met, held } = outcome;
  const verdict = held ? 'uppfyllt' : 'ej uppfyllt';
  const count = `${met} av ${condition.statements.length}`;
  const showCount = condition.statements.length > 1 && (condition.atLeast < condition.statements.length || !held);
  return `${describeCondition(condition, order)}: ${showCount ? `${count}, ${verdict}` : verdict}`;
}
