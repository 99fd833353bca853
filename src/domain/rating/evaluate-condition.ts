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
