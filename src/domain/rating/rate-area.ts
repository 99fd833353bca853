import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea, Level } from '../criteria/instrument';
import { localize, type Language } from '../localize';
import type { Assessment, GroupLevel } from '../workspace/assessment';
import { describeOutcome, formatStatementSet, type Outcome } from './describe-condition';
import { assertAreaOf, levelOf, metCount, scoreRow, type ScoreRow } from './evaluate-rule';

type LevelCheck = { level: number; label: LocalizedText; held: boolean; conditions: Outcome[] };

export type AreaRating =
  | {
      status: 'rated';
      areaId: string;
      level: number;
      label: LocalizedText;
      /** Every level with its conditions, strongest first: why the rule's level and not the one above. */
      checks: LevelCheck[];
      /**
       * Set when the group set the level against the rule: `level` and `label` are then the
       * group's, which figures and comparisons count; the rule's level stays beside it.
       */
      group?: { ruleLevel: number; ruleLabel: LocalizedText; reason: string };
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

/**
 * The group's level where it applies: set, naming a level of the area, and the rule rates the
 * area (an area whose scores are incomplete is "Ej bedömd", whatever the group set before).
 */
export function groupLevelOf(area: InstrumentArea, ruleLevel: number | null, group: GroupLevel | undefined): Level | null {
  if (ruleLevel === null || group === undefined || group.level === ruleLevel) return null;
  return area.levelsWeakestFirst.find((level) => level.level === group.level) ?? null;
}

/** The rating on a row already read: a county's areas share one. */
function rateOnRow(area: InstrumentArea, assessment: Assessment, row: ScoreRow, group?: GroupLevel): AreaRating {
  const areaId = area.area.id;
  const reached = levelOf(area, row);
  if (reached === null) {
    return { status: 'not-rated', areaId, missing: area.readIds.filter((id) => assessment.scores[id] === undefined) };
  }
  const checks = checkLevels(area, row);
  const byGroup = groupLevelOf(area, reached.level, group);
  if (byGroup === null || group === undefined) return { status: 'rated', areaId, level: reached.level, label: reached.label, checks };
  return {
    status: 'rated',
    areaId,
    level: byGroup.level,
    label: byGroup.label,
    checks,
    group: { ruleLevel: reached.level, ruleLabel: reached.label, reason: group.reason },
  };
}

/**
 * Rates one area for one county, with every level's conditions checked so that a view can say
 * why. The level itself is the rule engine's (`levelOf`), the same the figures count; the reasons
 * are put in words only where they are shown (`summarizeRating`, `describeOutcome`).
 */
export function rateArea(instrument: Instrument, area: InstrumentArea, assessment: Assessment, group?: GroupLevel): AreaRating {
  assertAreaOf(instrument, area);
  return rateOnRow(area, assessment, scoreRow(instrument, assessment.scores), group);
}

/** Every area of a county, with the group's levels (by area id) where the group set them. */
export function rateCounty(
  instrument: Instrument,
  assessment: Assessment,
  groupLevels: Readonly<Record<string, GroupLevel>> = {},
): AreaRating[] {
  const row = scoreRow(instrument, assessment.scores);
  return instrument.areas.map((area) => rateOnRow(area, assessment, row, groupLevels[area.area.id]));
}

/** Text ended as a sentence: a reason the group wrote as a sentence already ends with its own stop. */
const asSentence = (text: string) => (/[.!?…]$/.test(text.trimEnd()) ? text.trimEnd() : `${text}.`);

/** A level's label inside a sentence: "Inte välutvecklad struktur". */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);

const SUMMARY = {
  sv: {
    notRated: 'Ej bedömd',
    ownMissing: (n: number, ids: string) => `${n} ${n === 1 ? 'påstående saknar' : 'påståenden saknar'} poäng (${ids})`,
    otherMissing: (set: string, areas: string) => `regeln använder också ${set} från ${areas}, som saknar poäng`,
    area: (ids: readonly string[]) => (ids.length === 1 ? `område ${ids[0]}` : `områdena ${ids.join(' och ')}`),
    weakest: 'den svagaste nivån',
    notAbove: (label: string) => `Inte ${lowerFirst(label)}`,
    group: (label: string, rule: string, reason: string) => `Gruppens nivå: ${label} (regeln ger ${lowerFirst(rule)}). Motivering: ${reason}`,
  },
  en: {
    notRated: 'Not rated',
    ownMissing: (n: number, ids: string) => `${n} ${n === 1 ? 'statement has' : 'statements have'} no score (${ids})`,
    otherMissing: (set: string, areas: string) => `its rule also uses ${set} from ${areas}, which have no score`,
    area: (ids: readonly string[]) => (ids.length === 1 ? `area ${ids[0]}` : `areas ${ids.join(' and ')}`),
    weakest: 'the weakest level',
    notAbove: (label: string) => `Not ${lowerFirst(label)}`,
    group: (label: string, rule: string, reason: string) => `The group's level: ${label} (the rule gives ${lowerFirst(rule)}). Reason: ${reason}`,
  },
} as const;

/** Why an area is not rated: its own unscored statements, and those its rule takes from other areas. */
function summarizeMissing(instrument: Instrument, areaId: string, missing: readonly string[], language: Language): string {
  const words = SUMMARY[language];
  const own = missing.filter((id) => instrument.areaOfStatement.get(id) === areaId);
  const other = missing.filter((id) => instrument.areaOfStatement.get(id) !== areaId);
  const otherAreas = [...new Set(other.map((id) => instrument.areaOfStatement.get(id) ?? ''))];
  const parts = [
    ...(own.length > 0 ? [words.ownMissing(own.length, own.join(', '))] : []),
    ...(other.length > 0 ? [words.otherMissing(formatStatementSet(other, instrument.order, language), words.area(otherAreas))] : []),
  ];
  return `${words.notRated}: ${parts.join('; ')}`;
}

/**
 * A short reason in words for an area's rating, level by level: the level reached and its
 * conditions that hold, then the level above and its conditions that do not. Not rated: which
 * statements lack a score, the area's own and those its rule takes from other areas.
 */
export function summarizeRating(rating: AreaRating, instrument: Instrument, language: Language = 'sv'): string {
  if (rating.status === 'not-rated') return summarizeMissing(instrument, rating.areaId, rating.missing, language);
  const words = SUMMARY[language];
  const describe = (outcomes: readonly Outcome[]) => outcomes.map((outcome) => describeOutcome(outcome, instrument, language)).join('; ');
  const ruleLevel = rating.group?.ruleLevel ?? rating.level;
  const ruleLabel = rating.group?.ruleLabel ?? rating.label;
  const reached = rating.checks.find((check) => check.level === ruleLevel);
  const above = rating.checks.find((check) => check.level === ruleLevel + 1);
  const held = reached?.conditions ?? [];
  const sentences = [`${localize(ruleLabel, language)} – ${held.length > 0 ? describe(held) : words.weakest}.`];
  if (above) sentences.push(`${words.notAbove(localize(above.label, language))} – ${describe(above.conditions.filter((c) => !c.held))}.`);
  if (rating.group) sentences.unshift(asSentence(words.group(localize(rating.label, language), localize(ruleLabel, language), rating.group.reason)));
  return sentences.join(' ');
}
