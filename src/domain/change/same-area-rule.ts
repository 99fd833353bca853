import type { RuleCondition, InstrumentArea } from '../criteria/instrument';

function sameCondition(a: RuleCondition, b: RuleCondition): boolean {
  return (
    a.minScore === b.minScore &&
    a.atLeast === b.atLeast &&
    a.statements.length === b.statements.length &&
    a.statements.every((id, index) => id === b.statements[index])
  );
}

/**
 * Whether two instruments rate an area alike: the same levels with the same conditions (the
 * statements read, their lowest score, how many must reach it). The conditions' wording and
 * sources may differ; they do not move a county.
 */
export function sameAreaRule(a: InstrumentArea, b: InstrumentArea): boolean {
  if (a === b) return true;
  return (
    a.area.id === b.area.id &&
    a.levelsStrongestFirst.length === b.levelsStrongestFirst.length &&
    a.levelsStrongestFirst.every((level, l) => {
      const other = b.levelsStrongestFirst[l];
      return (
        other !== undefined &&
        level.level === other.level &&
        level.conditions.length === other.conditions.length &&
        level.conditions.every((condition, c) => {
          const otherCondition = other.conditions[c];
          return otherCondition !== undefined && sameCondition(condition, otherCondition);
        })
      );
    })
  );
}
