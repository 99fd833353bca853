import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument, InstrumentArea } from '../criteria/instrument';
import type { Language } from '../localize';
import { isRated, scoreRow } from '../rating/evaluate-rule';
import { rateArea, summarizeRating, type AreaRating } from '../rating/rate-area';
import type { Score } from '../score';
import { assessmentOf, countScored, type RoundScores } from '../workspace/assessment';

/** One statement of a county as the report prints it: the score (null when unscored) and the note. */
export type StatementLine = { id: string; text: LocalizedText; score: Score | null; note: string };

type CountyAreaReport = {
  area: InstrumentArea;
  rating: AreaRating;
  /** Why this level, in words (the same reason the scoring page shows). */
  reason: string;
  statements: StatementLine[];
};

export type CountyReport = {
  county: County;
  scored: number;
  areas: CountyAreaReport[];
  /** Whether any statement has a note; without one the report leaves the note column out. */
  hasNotes: boolean;
};

/**
 * The counties' part of the report: a report for every county with at least one score, in
 * county-list order, and the counties with no score at all, which the report only names.
 * Only scores and notes are reported; the workspace holds nothing about who was interviewed.
 */
export type CountyReports = { reports: CountyReport[]; unscored: County[] };

export function countyReport(instrument: Instrument, workspace: RoundScores, county: County, lang: Language = 'sv'): CountyReport {
  const assessment = assessmentOf(workspace, county.code);
  const areas = instrument.areas.map((area): CountyAreaReport => {
    const rating = rateArea(instrument, area, assessment, workspace.groupLevels?.[county.code]?.[area.area.id]);
    const statements = area.statementIds.map((id): StatementLine => ({
      id,
      text: instrument.statementById.get(id)?.text ?? { sv: id },
      score: assessment.scores[id] ?? null,
      note: assessment.notes[id] ?? '',
    }));
    return { area, rating, reason: summarizeRating(rating, instrument, lang), statements };
  });
  const scored = countScored(assessment, instrument.statementIds);
  const hasNotes = areas.some((area) => area.statements.some((line) => line.note !== ''));
  return { county, scored, areas, hasNotes };
}

export function countyReports(instrument: Instrument, workspace: RoundScores, lang: Language = 'sv'): CountyReports {
  const reports: CountyReport[] = [];
  const unscored: County[] = [];
  for (const county of instrument.counties) {
    const report = countyReport(instrument, workspace, county, lang);
    if (report.scored > 0) reports.push(report);
    else unscored.push(county);
  }
  return { reports, unscored };
}

/** How many counties the report covers: with any score, and rated in every area. */
export type ReportCoverage = { total: number; withScores: number; ratedInAllAreas: number };

export function reportCoverage(instrument: Instrument, workspace: RoundScores): ReportCoverage {
  const ids = instrument.statementIds;
  let withScores = 0;
  let ratedInAllAreas = 0;
  for (const county of instrument.counties) {
    const assessment = assessmentOf(workspace, county.code);
    if (countScored(assessment, ids) > 0) withScores += 1;
    const row = scoreRow(instrument, assessment.scores);
    if (instrument.areas.every((area) => isRated(area, row))) ratedInAllAreas += 1;
  }
  return { total: instrument.counties.length, withScores, ratedInAllAreas };
}
