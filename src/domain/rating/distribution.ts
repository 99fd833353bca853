import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea } from '../criteria/instrument';
import { assessmentOf, type Workspace } from '../workspace/workspace';
import { levelOf } from './rate-area';

export type LevelGroup = { level: number; label: LocalizedText; counties: County[]; count: number };

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

export function distributeArea(instrument: Instrument, area: InstrumentArea, workspace: Workspace): AreaDistribution {
  const byLevel = new Map<number, County[]>(area.levelsWeakestFirst.map((level) => [level.level, []]));
  const notRated: County[] = [];
  for (const county of instrument.counties) {
    const level = levelOf(area, assessmentOf(workspace, county.code));
    if (level === null) notRated.push(county);
    else byLevel.get(level)?.push(county);
  }
  const levels = area.levelsWeakestFirst.map((level) => {
    const counties = byLevel.get(level.level) ?? [];
    return { level: level.level, label: level.label, counties, count: counties.length };
  });
  return {
    areaId: area.area.id,
    figure: area.area.figure,
    title: area.area.figureTitle,
    levels,
    notRated,
    ratedCount: instrument.counties.length - notRated.length,
    total: instrument.counties.length,
  };
}

export function distributeAll(instrument: Instrument, workspace: Workspace): AreaDistribution[] {
  return instrument.areas.map((area) => distributeArea(instrument, area, workspace));
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
      return other !== undefined && level.level === other.level && level.label === other.label && sameCounties(level.counties, other.counties);
    }) &&
    sameCounties(a.notRated, b.notRated)
  );
}
