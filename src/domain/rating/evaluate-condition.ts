import type { Condition } from '../criteria/criteria-schema';
import type { Assessment } from '../workspace/workspace';

export type ConditionOutcome = {
  condition: Condition;
  /** How many of the condition's statements reach `minScore`. */
  met: number;
  held: boolean;
};

/** "At least `atLeast` of these statements score ≥ `minScore`." Monotone by construction. */
export function evaluateCondition(condition: Condition, assessment: Assessment): ConditionOutcome {
  let met = 0;
  for (const id of condition.statements) {
    const score = assessment.scores[id];
    if (score !== undefined && score >= condition.minScore) met += 1;
  }
  return { condition, met, held: met >= condition.atLeast };
}

/** Whether the condition holds, stopping as soon as the answer is known; for counting many counties. */
export function conditionHolds(condition: Condition, scores: Assessment['scores']): boolean {
  const { statements, minScore, atLeast } = condition;
  let met = 0;
  for (let i = 0; i < statements.length; i += 1) {
    if (met >= atLeast) return true;
    // Too few statements left to reach `atLeast`.
    if (met + (statements.length - i) < atLeast) return false;
    const score = scores[statements[i] ?? ''];
    if (score !== undefined && score >= minScore) met += 1;
  }
  return met >= atLeast;
}
