import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea } from '../criteria/instrument';
import type { RoundScores } from '../workspace/assessment';
import { assertAreaOf, levelOf, scoreRow, type ScoreRow } from './evaluate-rule';
import { groupLevelOf } from './rate-area';

/** `byGroup`: the codes of the counties placed at this level by the group, against the rule. */
type LevelGroup = { level: number; label: LocalizedText; counties: County[]; count: number; byGroup: string[] };

/** Per area: which counties sit at each level, as Figur 1–6 show it. */
export type AreaDistribution = {
  areaId: string;
  figure: number;
  title: LocalizedText;
  /** Weakest first: the figure's columns from left to right. Counties in county-list order. */
  levels: LevelGroup[];
  notRated: County[];
  ratedCount: number;
  total: number;
};

export function distributeArea(instrument: Instrument, area: InstrumentArea, workspace: RoundScores): AreaDistribution {
  assertAreaOf(instrument, area);
  const [distribution] = distribute(instrument, [area], workspace);
  if (!distribution) throw new Error(`area ${area.area.id} gave no distribution`);
  return distribution;
}

/** Every figure in one pass over the workspace: each assessment's scores are read once for all areas. */
export function distributeAll(instrument: Instrument, workspace: RoundScores): AreaDistribution[] {
  return distribute(instrument, instrument.areas, workspace);
}

/**
 * Places every county in every area's figure at the level the rule engine gives it (`levelOf`,
 * the same the county page shows), reading each county's scores once into a score row.
 */
function distribute(instrument: Instrument, areas: readonly InstrumentArea[], workspace: RoundScores): AreaDistribution[] {
  const { counties } = instrument;
  const placed = areas.map((area) => area.levelsWeakestFirst.map((): County[] => []));
  // Beside each level's counties, the codes of those the group placed there, in the same order.
  const byGroup = areas.map((area) => area.levelsWeakestFirst.map((): string[] => []));
  const notRated = areas.map((): County[] => []);
  const row: ScoreRow = new Float64Array(instrument.statementIds.length);
  for (const county of counties) {
    scoreRow(instrument, workspace.assessments[county.code]?.scores, row);
    const groupLevels = workspace.groupLevels?.[county.code];
    for (let a = 0; a < areas.length; a += 1) {
      const area = areas[a] as InstrumentArea;
      const level = levelOf(area, row);
      const group = groupLevels === undefined ? null : groupLevelOf(area, level?.level ?? null, groupLevels[area.area.id]);
      if (level === null) notRated[a]?.push(county);
      else if (group !== null) {
        placed[a]?.[group.level]?.push(county);
        byGroup[a]?.[group.level]?.push(county.code);
      } else placed[a]?.[level.level]?.push(county);
    }
  }
  return areas.map((area, a) => {
    const unrated = notRated[a] ?? [];
    return {
      areaId: area.area.id,
      figure: area.area.figure,
      title: area.area.figureTitle,
      levels: area.levelsWeakestFirst.map((level) => {
        const counties = placed[a]?.[level.level] ?? [];
        return { level: level.level, label: level.label, counties, count: counties.length, byGroup: byGroup[a]?.[level.level] ?? [] };
      }),
      notRated: unrated,
      ratedCount: counties.length - unrated.length,
      total: counties.length,
    };
  });
}

/**
 * Whether two distributions show the same figure: the same counties at the same levels and the
 * same counties not rated. Views use it to leave a figure alone when a change elsewhere made a
 * new but equal distribution.
 */
export function sameDistribution(a: AreaDistribution, b: AreaDistribution): boolean {
  const sameCounties = (x: readonly County[], y: readonly County[]) =>
    x.length === y.length && x.every((county, index) => county.code === y[index]?.code);
  return (
    a.areaId === b.areaId &&
    a.figure === b.figure &&
    a.title === b.title &&
    a.total === b.total &&
    a.levels.length === b.levels.length &&
    a.levels.every((level, index) => {
      const other = b.levels[index];
      return (
        other !== undefined && level.level === other.level && level.label === other.label &&
        sameCounties(level.counties, other.counties) && level.byGroup.join() === other.byGroup.join()
      );
    }) &&
    sameCounties(a.notRated, b.notRated)
  );
}
