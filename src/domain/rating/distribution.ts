import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea } from '../criteria/instrument';
import type { Workspace } from '../workspace/workspace';
import { compiledAreaRule, compiledRule, type CompiledRule } from './compiled-rule';
import { levelFromScoreSets, newScoreSets, readScoreSets } from './score-sets';

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
  const [distribution] = distribute(instrument.counties, [area], compiledAreaRule(area), workspace);
  if (!distribution) throw new Error(`område ${area.area.id} gav ingen fördelning`);
  return distribution;
}

/** Every figure in one pass over the workspace: each assessment's scores are read once for all areas. */
export function distributeAll(instrument: Instrument, workspace: Workspace): AreaDistribution[] {
  return distribute(instrument.counties, instrument.areas, compiledRule(instrument), workspace);
}

/**
 * Places every county in every area's figure: the same decision as `rateArea` for each county and
 * area (property-tested against `rateArea`), without an assessment object per county or a lookup
 * of a statement by id more than once per county.
 */
function distribute(
  counties: readonly County[],
  areas: readonly InstrumentArea[],
  rule: CompiledRule,
  workspace: Workspace,
): AreaDistribution[] {
  const columns = columnsOf(counties, rule, workspace);
  return areas.map((area, a) => {
    const columnCount = area.levelsWeakestFirst.length + 1;
    const [unrated = [], ...byLevel] = countiesByColumn(counties, columns.subarray(a * counties.length), columnCount);
    const levels = area.levelsWeakestFirst.map((level) => {
      const placed = byLevel[level.level] ?? [];
      return { level: level.level, label: level.label, counties: placed, count: placed.length };
    });
    return {
      areaId: area.area.id,
      figure: area.area.figure,
      title: area.area.figureTitle,
      levels,
      notRated: unrated,
      ratedCount: counties.length - unrated.length,
      total: counties.length,
    };
  });
}

/**
 * Each county's column in each area's figure, area after area: 0 when not rated, else level + 1.
 * One set of bit sets is refilled for every county rather than made anew.
 */
function columnsOf(counties: readonly County[], rule: CompiledRule, workspace: Workspace): Int8Array {
  const columns = new Int8Array(rule.areas.length * counties.length);
  const sets = newScoreSets(rule);
  const { areas, words } = rule;
  // Plain loops: this runs for every county and area, and a callback per area per county costs.
  for (let c = 0; c < counties.length; c += 1) {
    const everyScored = readScoreSets(workspace.assessments[counties[c]?.code ?? '']?.scores, rule, sets);
    for (let a = 0; a < areas.length; a += 1) {
      const area = areas[a];
      if (area) columns[a * counties.length + c] = (levelFromScoreSets(area, sets, words, everyScored) ?? -1) + 1;
    }
  }
  return columns;
}

/**
 * The counties in each column, in county-list order. Each list is made at its final length and
 * filled by index: a list of thousands grown one push at a time is copied over and over, which
 * keeps the garbage collector busy.
 */
function countiesByColumn(counties: readonly County[], columns: Int8Array, columnCount: number): County[][] {
  const sizes: number[] = new Array<number>(columnCount).fill(0);
  for (let c = 0; c < counties.length; c += 1) {
    const column = columns[c] ?? 0;
    sizes[column] = (sizes[column] ?? 0) + 1;
  }
  const lists = sizes.map((size) => new Array<County>(size));
  const filled: number[] = new Array<number>(columnCount).fill(0);
  for (let c = 0; c < counties.length; c += 1) {
    const column = columns[c] ?? 0;
    const at = filled[column] ?? 0;
    filled[column] = at + 1;
    const list = lists[column];
    const county = counties[c];
    if (list && county) list[at] = county;
  }
  return lists;
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
