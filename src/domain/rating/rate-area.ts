import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea } from '../criteria/instrument';
import type { Language } from '../localize';
import type { Assessment } from '../workspace/workspace';
import { describeOutcome, type Outcome, type RuleWording } from './describe-condition';
import { assertAreaOf, levelOf, metCount, scoreRow, type ScoreRow } from './evaluate-rule';

type LevelCheck = { level: number; label: LocalizedText; held: boolean; conditions: Outcome[] };

export type AreaRating =
  | {
      status: 'rated';
      areaId: string;
      level: number;
      label: LocalizedText;
      /** Every level with its conditions, strongest first: why this level and not the one above. */
      checks: LevelCheck[];
    }
  | {
      status: 'not-rated';
      areaId: string;
      /** Statements the rating reads that have no score yet, in instrument order. */
      missing: string[];
    };

export const NOT_RATED_LABEL: LocalizedText = { sv: 'Ej bedömd', en: 'Not rated' };

function checkLevels(area: InstrumentArea, row: ScoreRow): LevelCheck[] {
  return area.levelsStrongestFirst.map((level) => {
    const conditions = level.conditions.map((condition) => {
      const met = metCount(condition, row);
      return { condition, met, held: met >= condition.atLeast };
    });
    return { level: level.level, label: level.label, held: conditions.every((c) => c.held), conditions };
  });
}

/** The rating on a row already read: a county's areas share one. */
function rateOnRow(area: InstrumentArea, assessment: Assessment, row: ScoreRow): AreaRating {
  const areaId = area.area.id;
  const reached = levelOf(area, row);
  if (reached === null) {
    return { status: 'not-rated', areaId, missing: area.readIds.filter((id) => assessment.scores[id] === undefined) };
  }
  return { status: 'rated', areaId, level: reached.level, label: reached.label, checks: checkLevels(area, row) };
}

/**
 * Rates one area for one county, with every level's conditions checked so that a view can say
 * why. The level itself is the rule engine's (`levelOf`), the same the figures count; the reasons
 * are put in words only where they are shown (`summarizeRating`, `describeOutcome`).
 */
export function rateArea(instrument: Instrument, area: InstrumentArea, assessment: Assessment): AreaRating {
  assertAreaOf(instrument, area);
  return rateOnRow(area, assessment, scoreRow(instrument, assessment.scores));
}

export function rateCounty(instrument: Instrument, assessment: Assessment): AreaRating[] {
  const row = scoreRow(instrument, assessment.scores);
  return instrument.areas.map((area) => rateOnRow(area, assessment, row));
}

/**
 * A short reason in words for an area's rating: the conditions of its level that hold, then those
 * of the level above that do not.
 */
export function summarizeRating(rating: AreaRating, wording: RuleWording, lang: Language = 'sv'): string {
  if (rating.status === 'not-rated') {
    const n = rating.missing.length;
    const missing = rating.missing.join(', ');
    return lang === 'en'
      ? `Not rated: ${n} ${n === 1 ? 'statement has' : 'statements have'} no score (${missing})`
      : `Ej bedömd: ${n} ${n === 1 ? 'påstående saknar' : 'påståenden saknar'} poäng (${missing})`;
  }
  const above = rating.checks.find((check) => check.level === rating.level + 1);
  const reached = rating.checks.find((check) => check.level === rating.level);
  const held = reached?.conditions ?? [];
  const failed = above?.conditions.filter((c) => !c.held) ?? [];
  return [...held, ...failed].map((outcome) => describeOutcome(outcome, wording, lang)).join('; ');
}
