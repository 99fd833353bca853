import type { Instrument } from '../criteria/instrument';
import type { RoundScores } from '../workspace/assessment';
import { cohenKappa } from './cohen-kappa';
import { alphaOfCoincidences } from './krippendorff-alpha';
import { coincidencesOf, countUnits, kappaTableOf, pairsOf } from './unit-counts';

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
 * per statement its share of unanimous units, least agreed first. All are sums of the counts of
 * one pass over the scores (`countUnits`).
 */
export function agreementTable(instrument: Instrument, raters: readonly RaterScores[]): AgreementTable {
  const counts = countUnits(instrument, raters);
  const coincidences = coincidencesOf(counts);
  const rowOf = (areaId: string | null, units: number, unanimous: number, matrix: number[][] | undefined): AgreementRow => ({
    areaId,
    units,
    unanimous: units === 0 ? null : unanimous / units,
    alpha: units < MIN_UNITS || !matrix ? null : alphaOfCoincidences(coincidences.values, matrix, 'ordinal'),
  });
  const total = (counted: Int32Array) => counted.reduce((sum, units) => sum + units, 0);
  const rows = [
    ...instrument.areas.map((area, a) => rowOf(area.area.id, counts.areaUnits[a] ?? 0, counts.areaUnanimous[a] ?? 0, coincidences.areas[a])),
    rowOf(null, total(counts.areaUnits), total(counts.areaUnanimous), coincidences.all),
  ];

  const pairs = pairsOf(raters.length).map(([first, second], pair): RaterPair => {
    const table = kappaTableOf(counts, pair);
    const units = table.reduce((sum, row) => sum + row.reduce((rowSum, cell) => rowSum + cell, 0), 0);
    return { first: raters[first]?.rater ?? '', second: raters[second]?.rater ?? '', units, kappa: units < MIN_UNITS ? null : cohenKappa(table, 'linear') };
  });

  const statements = instrument.statementIds
    .map((statementId, slot) => {
      const units = counts.statementUnits[slot] ?? 0;
      return { slot, line: { statementId, units, unanimous: units === 0 ? 1 : (counts.statementUnanimous[slot] ?? 0) / units } };
    })
    .filter(({ line }) => line.units > 0)
    // Ties in instrument order: a statement's slot is its place there.
    .sort((a, b) => a.line.unanimous - b.line.unanimous || a.slot - b.slot)
    .map(({ line }) => line);

  return { rows, pairs, statements };
}
