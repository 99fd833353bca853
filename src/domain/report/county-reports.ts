import type { StatusEntry } from '../county-check/check-status';
import { countyCheck, hasCheck, NO_CHECKS, type CheckRecord } from '../county-check/county-check';
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
  /** The group's comment on the area, blank when there is none. */
  comment: string;
};

export type CountyReport = {
  county: County;
  scored: number;
  areas: CountyAreaReport[];
  /** Whether any statement has a note; without one the report leaves the note column out. */
  hasNotes: boolean;
  /** The group's summary of the county (Samlad bedömning), blank when none is written. */
  summary: string;
  /** Where the county's check of the summary stands: the latest status and when it was set. */
  status: StatusEntry | undefined;
};

/**
 * The counties' part of the report: a report for every county with at least one score or
 * anything of its check (a summary, a comment, a status), in county-list order, and the other
 * counties, which the report only names. Informants are not part of it.
 */
export type CountyReports = { reports: CountyReport[]; unscored: County[] };

export function countyReport(
  instrument: Instrument,
  workspace: RoundScores,
  county: County,
  lang: Language = 'sv',
  checks: CheckRecord = NO_CHECKS,
): CountyReport {
  const assessment = assessmentOf(workspace, county.code);
  const check = countyCheck(checks, county.code);
  const areas = instrument.areas.map((area): CountyAreaReport => {
    const rating = rateArea(instrument, area, assessment, workspace.groupLevels?.[county.code]?.[area.area.id]);
    const statements = area.statementIds.map((id): StatementLine => ({
      id,
      text: instrument.statementById.get(id)?.text ?? { sv: id },
      score: assessment.scores[id] ?? null,
      note: assessment.notes[id] ?? '',
    }));
    const comment = check.comments[area.area.id] ?? '';
    return { area, rating, reason: summarizeRating(rating, instrument, lang), statements, comment };
  });
  const scored = countScored(assessment, instrument.statementIds);
  const hasNotes = areas.some((area) => area.statements.some((line) => line.note !== ''));
  return { county, scored, areas, hasNotes, summary: check.summary, status: check.status };
}

export function countyReports(instrument: Instrument, workspace: RoundScores, lang: Language = 'sv', checks: CheckRecord = NO_CHECKS): CountyReports {
  const reports: CountyReport[] = [];
  const unscored: County[] = [];
  for (const county of instrument.counties) {
    const report = countyReport(instrument, workspace, county, lang, checks);
    if (report.scored > 0 || hasCheck(countyCheck(checks, county.code))) reports.push(report);
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
