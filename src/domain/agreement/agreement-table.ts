import type { Instrument } from '../criteria/instrument';
import type { RoundScores } from '../workspace/assessment';
import { cohenKappa, kappaTable } from './cohen-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';

/**
 * Alpha and kappa need two units at least: over one unit they come out as 0 or undefined, which
 * says nothing about how the raters agree.
 */
const MIN_UNITS = 2;

/** One rater's scores of a round: an assessment per county, as the workspace holds them. */
export type RaterScores = { rater: string; workspace: RoundScores };

/**
 * How much the raters agree on a set of statements. A unit is one county × statement scored by at
 * least two raters; `unanimous` is the share of units where all its raters gave the same score.
 */
type AgreementRow = {
  /** The area, or null for all statements. */
  areaId: string | null;
  units: number;
  unanimous: number | null;
  alpha: number | null;
};

/** Two raters over the units both scored: Cohen's kappa with linear weights. */
type RaterPair = { first: string; second: string; units: number; kappa: number | null };

/** A statement's agreement across the counties, for the list of the least agreed. */
type StatementAgreement = { statementId: string; units: number; unanimous: number };

export type AgreementTable = { rows: AgreementRow[]; pairs: RaterPair[]; statements: StatementAgreement[] };

/**
 * The agreement view's figures for a round: per area and over all statements the units, the share
 * of unanimous units and Krippendorff's alpha (ordinal); per pair of raters Cohen's kappa (linear);
 * per statement its share of unanimous units, least agreed first.
 */
export function agreementTable(instrument: Instrument, raters: readonly RaterScores[]): AgreementTable {
  const scoreOf = (rater: RaterScores, county: string, statement: string) => rater.workspace.assessments[county]?.scores[statement];
  const unitsOf = (statementIds: readonly string[]) =>
    instrument.counties.flatMap((county) =>
      statementIds.map((statement) => raters.map((rater) => scoreOf(rater, county.code, statement)).filter((score) => score !== undefined)),
    );
  const rowOf = (areaId: string | null, statementIds: readonly string[]): AgreementRow => {
    const units = unitsOf(statementIds).filter((unit) => unit.length >= 2);
    return {
      areaId,
      units: units.length,
      unanimous: units.length === 0 ? null : units.filter(isUnanimous).length / units.length,
      alpha: units.length < MIN_UNITS ? null : krippendorffAlpha(units, 'ordinal'),
    };
  };

  const scale = instrument.criteria.scale.map((step) => step.value);
  const pairs: RaterPair[] = [];
  raters.forEach((first, i) =>
    raters.slice(i + 1).forEach((second) => {
      const both = instrument.counties.flatMap((county) =>
        instrument.statementIds.flatMap((statement) => {
          const a = scoreOf(first, county.code, statement);
          const b = scoreOf(second, county.code, statement);
          return a === undefined || b === undefined ? [] : [[a, b] as const];
        }),
      );
      const kappa = both.length < MIN_UNITS ? null : cohenKappa(kappaTable(both, scale), 'linear');
      pairs.push({ first: first.rater, second: second.rater, units: both.length, kappa });
    }),
  );

  const statements = instrument.statementIds
    .map((statementId) => {
      const units = unitsOf([statementId]).filter((unit) => unit.length >= 2);
      return { statementId, units: units.length, unanimous: units.length === 0 ? 1 : units.filter(isUnanimous).length / units.length };
    })
    .filter((statement) => statement.units > 0)
    .sort((a, b) => a.unanimous - b.unanimous || (instrument.order.get(a.statementId) ?? 0) - (instrument.order.get(b.statementId) ?? 0));

  return {
    rows: [...instrument.areas.map((area) => rowOf(area.area.id, area.statementIds)), rowOf(null, instrument.statementIds)],
    pairs,
    statements,
  };
}

function isUnanimous(unit: readonly number[]): boolean {
  return unit.every((score) => score === unit[0]);
}
