import type { County } from '../criteria/counties-schema';
import type { Condition, LocalizedText } from '../criteria/criteria-schema';
import type { Instrument } from '../criteria/instrument';
import { distributeArea, type AreaDistribution } from '../rating/distribution';
import { rateArea } from '../rating/rate-area';
import { assessmentOf, type RoundScores } from '../workspace/assessment';

type PlacedLevel = { level: number; label: LocalizedText };

/** A county whose level in an area is not the same under the two rules. */
type LevelChange = { county: County; areaId: string; from: PlacedLevel; to: PlacedLevel };

export type AreaComparison = {
  areaId: string;
  figure: number;
  title: LocalizedText;
  default: AreaDistribution;
  variant: AreaDistribution;
  /** In county-list order. */
  changes: LevelChange[];
};

export type RuleComparison = {
  areas: AreaComparison[];
  /** Every change, area by area. */
  changes: LevelChange[];
  /** How many counties are rated in at least one area: with none, no change can show. */
  ratedCounties: number;
};

/**
 * Rates every county under the default rule and under a variant of it (the same criteria with
 * other thresholds) and says, per area, how the figure's counts differ and which counties move.
 * Which statements an area reads does not change with thresholds, so a county is rated under both
 * rules or under neither.
 */
export function compareRules(defaultInstrument: Instrument, variantInstrument: Instrument, workspace: RoundScores): RuleComparison {
  const rated = new Set<string>();
  const areas = defaultInstrument.areas.map((area, index): AreaComparison => {
    const variantArea = variantInstrument.areas[index];
    if (!variantArea || variantArea.area.id !== area.area.id) {
      throw new Error(`the variant has no area ${area.area.id}`);
    }
    const changes: LevelChange[] = [];
    for (const county of defaultInstrument.counties) {
      const assessment = assessmentOf(workspace, county.code);
      const before = rateArea(defaultInstrument, area, assessment);
      const after = rateArea(variantInstrument, variantArea, assessment);
      if (before.status !== 'rated' || after.status !== 'rated') continue;
      rated.add(county.code);
      if (before.level !== after.level) {
        changes.push({
          county,
          areaId: area.area.id,
          from: { level: before.level, label: before.label },
          to: { level: after.level, label: after.label },
        });
      }
    }
    return {
      areaId: area.area.id,
      figure: area.area.figure,
      title: area.area.figureTitle,
      default: distributeArea(defaultInstrument, area, workspace),
      variant: distributeArea(variantInstrument, variantArea, workspace),
      changes,
    };
  });
  return { areas, changes: areas.flatMap((area) => area.changes), ratedCounties: rated.size };
}

/** A condition whose thresholds a variant changes, with its level (index, weakest 0). */
export type ChangedCondition = { areaId: string; level: number; before: Condition; after: Condition };

/** Every condition whose thresholds differ between the two rules, area by area, strongest level first. */
export function changedConditions(defaultInstrument: Instrument, variantInstrument: Instrument): ChangedCondition[] {
  return defaultInstrument.areas.flatMap((area, index) =>
    area.levelsStrongestFirst.flatMap((level, levelIndex) =>
      level.conditions.flatMap((before, conditionIndex) => {
        const after = variantInstrument.areas[index]?.levelsStrongestFirst[levelIndex]?.conditions[conditionIndex];
        if (!after || (after.minScore === before.minScore && after.atLeast === before.atLeast)) return [];
        return [{ areaId: area.area.id, level: level.level, before, after }];
      }),
    ),
  );
}
