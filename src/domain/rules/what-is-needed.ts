import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea, RuleCondition } from '../criteria/instrument';
import { metCount, scoreRow } from '../rating/evaluate-rule';
import { rateArea } from '../rating/rate-area';
import type { Score } from '../score';
import type { Assessment } from '../workspace/assessment';

/** A statement that does not reach a condition's `minScore`: its score now, or none. */
type StatementBelow = { id: string; score: Score | undefined };

/** A condition of the next level that does not hold, and what would make it hold. */
export type UnmetCondition = {
  condition: RuleCondition;
  /** How many of its statements reach `minScore` now. */
  met: number;
  /** Every statement of the condition below `minScore`, in the condition's order. */
  below: StatementBelow[];
  /** How many of `below` must reach `minScore`: `atLeast − met`. */
  raise: number;
};

export type WhatIsNeeded =
  | { status: 'not-rated'; areaId: string; missing: string[] }
  | { status: 'top'; areaId: string; level: number; label: LocalizedText }
  | {
      status: 'below-top';
      areaId: string;
      level: number;
      label: LocalizedText;
      next: { level: number; label: LocalizedText };
      /** The next level's conditions that do not hold, in the criteria's order; never empty. */
      unmet: UnmetCondition[];
    };

/**
 * What it takes to move an area up one level: for each condition of the next level that does
 * not hold, the statements below its `minScore` and how many of them must reach it. Raising
 * that many of them in every listed condition makes the next level hold (the rule is monotone).
 */
export function whatIsNeeded(instrument: Instrument, area: InstrumentArea, assessment: Assessment): WhatIsNeeded {
  const areaId = area.area.id;
  const rating = rateArea(instrument, area, assessment);
  if (rating.status === 'not-rated') return { status: 'not-rated', areaId, missing: rating.missing };
  const next = area.levelsWeakestFirst[rating.level + 1];
  if (!next) return { status: 'top', areaId, level: rating.level, label: rating.label };
  const row = scoreRow(instrument, assessment.scores);
  const unmet = next.conditions.flatMap((condition): UnmetCondition[] => {
    const met = metCount(condition, row);
    if (met >= condition.atLeast) return [];
    const below = condition.statements
      .map((id) => ({ id, score: assessment.scores[id] }))
      .filter(({ score }) => score === undefined || score < condition.minScore);
    return [{ condition, met, below, raise: condition.atLeast - met }];
  });
  return {
    status: 'below-top',
    areaId,
    level: rating.level,
    label: rating.label,
    next: { level: next.level, label: next.label },
    unmet,
  };
}

/**
 * The smallest change the advice names: in every unmet condition, the first `raise` statements
 * listed set to the condition's `minScore` (a score is never lowered).
 */
export function applySuggestedRaises(needed: WhatIsNeeded, assessment: Assessment): Assessment {
  if (needed.status !== 'below-top') return assessment;
  const scores: Record<string, Score> = { ...assessment.scores };
  for (const { condition, below, raise } of needed.unmet) {
    for (const { id } of below.slice(0, raise)) {
      const current = scores[id];
      scores[id] = current === undefined || current < condition.minScore ? condition.minScore : current;
    }
  }
  return { ...assessment, scores };
}
