import type { County } from '../criteria/counties-schema';
import type { Instrument, InstrumentArea } from '../criteria/instrument';
import { rateArea, type AreaRating } from '../rating/rate-area';
import type { Score } from '../score';
import { assessmentOf, type Assessment, type RoundScores } from '../workspace/assessment';

/** "Sida vid sida" compares at least two and at most four counties. */
export const MIN_CHOSEN = 2;
export const MAX_CHOSEN = 4;

export type Selection = {
  /** Known county codes, each once, in county-list order, at most MAX_CHOSEN. */
  codes: string[];
  /** Codes in the address that name no county, each once, in the order written. */
  unknown: string[];
  /** Known codes beyond the first MAX_CHOSEN (in county-list order) that were left out. */
  overflow: string[];
};

/** Reads the `valda` parameter ("06,17,24"): unknown codes and duplicates are dropped, the rest sorted. */
export function parseSelection(raw: string | null, counties: readonly County[]): Selection {
  const tokens = (raw ?? '').split(',').map((token) => token.trim()).filter((token) => token !== '');
  const known = new Set(counties.map((county) => county.code));
  const unknown = [...new Set(tokens.filter((token) => !known.has(token)))];
  const wanted = new Set(tokens);
  const codes = counties.map((county) => county.code).filter((code) => wanted.has(code));
  return { codes: codes.slice(0, MAX_CHOSEN), unknown, overflow: codes.slice(MAX_CHOSEN) };
}

/** The `valda` parameter for a choice: the codes in county-list order, comma-separated. */
export function formatSelection(codes: readonly string[], counties: readonly County[]): string {
  return parseSelection(codes.join(','), counties).codes.join(',');
}

/** Adds or removes one county; adding a fifth changes nothing. */
export function toggleCounty(codes: readonly string[], code: string, chosen: boolean, counties: readonly County[]): string[] {
  const rest = codes.filter((c) => c !== code);
  if (!chosen) return parseSelection(rest.join(','), counties).codes;
  if (rest.length >= MAX_CHOSEN) return parseSelection(codes.join(','), counties).codes;
  return parseSelection([...rest, code].join(','), counties).codes;
}

/** Whether a county has at least one scored statement. */
export function hasScores(assessment: Assessment): boolean {
  return Object.keys(assessment.scores).length > 0;
}

/** The mean score (0–2) over the area's scored statements, or null when none is scored. */
export function areaMean(area: InstrumentArea, assessment: Assessment): number | null {
  const scores = area.statementIds.flatMap((id) => {
    const score = assessment.scores[id];
    return score === undefined ? [] : [score];
  });
  if (scores.length === 0) return null;
  return scores.reduce<number>((sum, score) => sum + score, 0) / scores.length;
}

/** The median of the values (the mean of the two middle ones for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export type AreaMedian = { areaId: string; median: number | null; /** counties with a mean in the area */ counties: number };

/** Per area, the median over every county with at least one scored statement there of its area mean. */
export function nationalMedians(instrument: Instrument, workspace: RoundScores): AreaMedian[] {
  return instrument.areas.map((area) => {
    const means = instrument.counties.flatMap((county) => {
      const mean = areaMean(area, assessmentOf(workspace, county.code));
      return mean === null ? [] : [mean];
    });
    return { areaId: area.area.id, median: median(means), counties: means.length };
  });
}

export type RadarRow = AreaMedian & {
  /** One per chosen county, in the order of `codes`; null where the county scored nothing in the area. */
  means: (number | null)[];
};

/** The radar's numbers: per area each chosen county's mean and the national median. */
export function radarRows(instrument: Instrument, workspace: RoundScores, codes: readonly string[]): RadarRow[] {
  const medians = nationalMedians(instrument, workspace);
  return instrument.areas.map((area, index) => ({
    ...(medians[index] ?? { areaId: area.area.id, median: null, counties: 0 }),
    means: codes.map((code) => areaMean(area, assessmentOf(workspace, code))),
  }));
}

export type StatementComparison = {
  statementId: string;
  /** One per chosen county, in the order of `codes`; null where unscored. */
  scores: (Score | null)[];
  /** The scored counties do not all have the same score. */
  differs: boolean;
  /** Every chosen county has a score. */
  complete: boolean;
};

export type AreaComparison = { areaId: string; rows: StatementComparison[] };

/** The statements of each area, in instrument order, with the chosen counties' scores. */
export function compareStatements(instrument: Instrument, workspace: RoundScores, codes: readonly string[]): AreaComparison[] {
  const assessments = codes.map((code) => assessmentOf(workspace, code));
  return instrument.areas.map((area) => ({
    areaId: area.area.id,
    rows: area.statementIds.map((statementId) => {
      const scores = assessments.map((assessment) => assessment.scores[statementId] ?? null);
      return { statementId, scores, ...compareValues(scores) };
    }),
  }));
}

export type AreaLevels = {
  areaId: string;
  /** One per chosen county, in the order of `codes`. */
  ratings: AreaRating[];
  /** The rated counties are not all at the same level. */
  differs: boolean;
  /** Every chosen county is rated. */
  complete: boolean;
};

/** Each area's rating for each chosen county, in the order of `codes`. */
export function levelsByArea(instrument: Instrument, workspace: RoundScores, codes: readonly string[]): AreaLevels[] {
  return instrument.areas.map((area) => {
    const ratings = codes.map((code) => rateArea(instrument, area, assessmentOf(workspace, code), workspace.groupLevels?.[code]?.[area.area.id]));
    return { areaId: area.area.id, ratings, ...compareValues(ratings.map((rating) => (rating.status === 'rated' ? rating.level : null))) };
  });
}

/**
 * One rule for both tables: a row differs when the values that are there are not all the same. A
 * missing value (unscored, not rated) neither makes a difference nor hides one; it makes the row
 * incomplete, which the statements table says in words.
 */
function compareValues(values: readonly (number | null)[]): { differs: boolean; complete: boolean } {
  const present = values.filter((value) => value !== null);
  return { differs: new Set(present).size > 1, complete: present.length === values.length };
}
