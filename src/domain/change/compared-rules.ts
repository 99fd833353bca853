import type { Instrument } from '../criteria/instrument';
import { ruleOfRevision } from '../rules/rule-revision';
import { sameAreaRule } from './same-area-rule';

/** The rules two rounds are compared with, and what that means for the comparison. */
export type ComparedRules = {
  from: Instrument;
  to: Instrument;
  /** The revision each round is rated with here: its own, or the common one chosen. */
  fromRevision: number;
  toRevision: number;
  /** The revision both rounds are rated with when the user chose one; null when each keeps its own. */
  common: number | null;
  /** The areas whose rules differ between the two: there no county is comparable. */
  differingAreas: string[];
};

/** The revisions the criteria know: each kept earlier one and the current, earliest first. */
export function knownRevisions(latest: Instrument): number[] {
  const { criteria } = latest;
  return [...new Set([...criteria.revisions.map((entry) => entry.revision), criteria.revision])].sort((a, b) => a - b);
}

/**
 * Rates each round with its own revision of the rule, or both with `common` when the user chose
 * one the criteria know (any other is ignored, as an address may name anything). `latest` is the
 * instrument as loaded, of the current revision.
 */
export function rulesToCompare(latest: Instrument, fromRevision: number, toRevision: number, common: number | null): ComparedRules {
  const chosen = common !== null && knownRevisions(latest).includes(common) ? common : null;
  const revisionFrom = chosen ?? fromRevision;
  const revisionTo = chosen ?? toRevision;
  const from = ruleOfRevision(latest, revisionFrom);
  const to = ruleOfRevision(latest, revisionTo);
  const differingAreas = from.areas.filter((area, index) => {
    const other = to.areas[index];
    return other === undefined || !sameAreaRule(area, other);
  });
  return { from, to, fromRevision: revisionFrom, toRevision: revisionTo, common: chosen, differingAreas: differingAreas.map((area) => area.area.id) };
}
