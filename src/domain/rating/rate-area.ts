import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea } from '../criteria/instrument';
import type { Lang } from '../localize';
import type { Assessment } from '../workspace/workspace';
import { describeOutcome } from './describe-condition';
import { evaluateCondition, type ConditionOutcome } from './evaluate-condition';

export type ConditionResult = ConditionOutcome & { text: string };

export type LevelCheck = { level: number; label: LocalizedText; held: boolean; conditions: ConditionResult[] };

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

/**
 * Rates one area for one county. The area is rated only when every statement it reads is scored;
 * levels are tried strongest first and the first whose conditions all hold is the county's level.
 */
export function rateArea(instrument: Instrument, area: InstrumentArea, assessment: Assessment, lang: Lang = 'sv'): AreaRating {
  const areaId = area.area.id;
  const missing = area.readIds.filter((id) => assessment.scores[id] === undefined);
  if (missing.length > 0) return { status: 'not-rated', areaId, missing };

  const checks = area.levelsStrongestFirst.map((level): LevelCheck => {
    const conditions = level.conditions.map((condition) => {
      const outcome = evaluateCondition(condition, assessment);
      return { ...outcome, text: describeOutcome(outcome, instrument.order, lang) };
    });
    return { level: level.level, label: level.label, held: conditions.every((c) => c.held), conditions };
  });
  // The weakest level has no conditions, so it always holds and find never comes back empty.
  const reached = checks.find((check) => check.held) ?? checks[checks.length - 1];
  if (!reached) throw new Error(`område ${areaId} har inga nivåer`);
  return { status: 'rated', areaId, level: reached.level, label: reached.label, checks };
}

export function rateCounty(instrument: Instrument, assessment: Assessment, lang: Lang = 'sv'): AreaRating[] {
  return instrument.areas.map((area) => rateArea(instrument, area, assessment, lang));
}

/** A short reason in words for an area's rating. */
export function summarizeRating(rating: AreaRating, lang: Lang = 'sv'): string {
  if (rating.status === 'not-rated') {
    const n = rating.missing.length;
    const missing = rating.missing.join(', ');
    return lang === 'en'
      ? `Not rated: ${n} ${n === 1 ? 'statement has' : 'statements have'} no score (${missing})`
      : `Ej bedömd: ${n} ${n === 1 ? 'påstående saknar' : 'påståenden saknar'} poäng (${missing})`;
  }
  const above = rating.checks.find((check) => check.level === rating.level + 1);
  const reached = rating.checks.find((check) => check.level === rating.level);
  const held = reached?.conditions.map((c) => c.text) ?? [];
  const failed = above?.conditions.filter((c) => !c.held).map((c) => c.text) ?? [];
  return [...held, ...failed].join('; ');
}
